package nl.wegwijzer.access;

import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A budget per client: a token bucket of {@code burst} requests that refills at {@code perSecond}.
 * A client over its budget gets 429 with Retry-After; other clients are not affected. Every answer
 * says how much is left (the IETF draft RateLimit headers). Callers without credentials (the open
 * contract and health) are counted by address. In process: with several instances each keeps its
 * own buckets (see the README).
 */
public final class RateLimits extends OncePerRequestFilter {
    private final double perSecond;
    private final double burst;
    private final Clock clock;
    private final Refusals refusals;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimits(double perSecond, double burst, Clock clock, Refusals refusals) {
        this.perSecond = perSecond;
        this.burst = burst;
        this.clock = clock;
        this.refusals = refusals;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        // A client by its id; a caller without credentials (the open contract and health) by its address.
        String who = authentication != null && authentication.getPrincipal() instanceof Caller caller ? caller.clientId()
                : "address " + request.getRemoteAddr();
        Bucket bucket = buckets.computeIfAbsent(who, c -> new Bucket(burst, clock.millis()));
        long now = clock.millis();
        long wait = bucket.take(now, perSecond, burst);
        response.setHeader("RateLimit-Limit", Long.toString((long) burst));
        response.setHeader("RateLimit-Remaining", Long.toString(bucket.left()));
        response.setHeader("RateLimit-Reset", Long.toString(bucket.secondsUntilFull(perSecond, burst)));
        if (wait > 0) {
            refusals.overBudget(request, response, (wait + 999) / 1000,
                    format(perSecond) + " requests a second (bursts of " + format(burst) + ")");
            return;
        }
        chain.doFilter(request, response);
    }

    private static String format(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    /** Tokens left and when they were counted; synchronized per client. */
    private static final class Bucket {
        private double tokens;
        private long at;

        Bucket(double tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }

        /** Takes one token: 0 when there was one, else the milliseconds until there will be. */
        synchronized long take(long now, double perSecond, double burst) {
            tokens = Math.min(burst, tokens + (now - at) * perSecond / 1000.0);
            at = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) * 1000.0 / perSecond);
        }

        synchronized long left() {
            return (long) Math.floor(tokens);
        }

        synchronized long secondsUntilFull(double perSecond, double burst) {
            return (long) Math.ceil((burst - tokens) / perSecond);
        }
    }
}
