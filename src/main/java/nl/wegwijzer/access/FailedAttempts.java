package nl.wegwijzer.access;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Failed authentications per address: after {@code limit} failures within a window, the address is
 * refused (429) until the window ends, so keys cannot be guessed at speed. In process: each instance
 * counts its own (see the README for several instances).
 */
public final class FailedAttempts {
    private static final int MAX_ADDRESSES = 100_000;

    private record Window(long start, int failures) {
    }

    private final int limit;
    private final long windowMillis;
    private final Clock clock;
    private final Map<String, Window> byAddress = new ConcurrentHashMap<>();

    public FailedAttempts(int limit, Duration window, Clock clock) {
        this.limit = limit;
        this.windowMillis = window.toMillis();
        this.clock = clock;
    }

    public void record(HttpServletRequest request) {
        long now = clock.millis();
        if (byAddress.size() > MAX_ADDRESSES) {
            byAddress.values().removeIf(w -> now - w.start() >= windowMillis);
        }
        byAddress.merge(request.getRemoteAddr(), new Window(now, 1),
                (old, one) -> now - old.start() >= windowMillis ? one : new Window(old.start(), old.failures() + 1));
    }

    public boolean blocked(HttpServletRequest request) {
        Window window = byAddress.get(request.getRemoteAddr());
        return window != null && window.failures() >= limit && clock.millis() - window.start() < windowMillis;
    }

    public long retryAfterSeconds(HttpServletRequest request) {
        Window window = byAddress.get(request.getRemoteAddr());
        long left = window == null ? 0 : windowMillis - (clock.millis() - window.start());
        return Math.max(1, (left + 999) / 1000);
    }
}
