package nl.wegwijzer.bench;

import java.time.Duration;

/**
 * The report's HTTP load: {@link Wrk} where the machine has it ({@code apt-get install wrk}), else the JVM
 * client {@link LoadGenerator}, which saturates the two cores itself well before the bare endpoint does;
 * the report says which one measured.
 */
final class HttpLoad {
    private HttpLoad() {
    }

    static LoadGenerator.Result run(String url, String key, byte[] body, int connections, Duration warmUp, Duration measure)
            throws Exception {
        return Wrk.available() ? Wrk.run(url, key, body, connections, warmUp, measure)
                : LoadGenerator.run(url, key, body, connections, warmUp, measure);
    }

    /** The load generator in words, for the report. */
    static String described() {
        return Wrk.available()
                ? "`wrk` (Debian's package, a Lua script sets the request; `Wrk`: closed loop, one keep-alive connection each, two threads)"
                : "a JVM load generator in the report's JVM (`LoadGenerator`: closed loop, one keep-alive connection per worker; wrk was"
                        + " not found at /usr/bin/wrk, and this client uses so much of the two cores itself that the bare endpoint reads"
                        + " a fifth to a third of what wrk measures, and the ratios up to twice as good: install wrk for figures to compare)";
    }
}
