package nl.wegwijzer.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTTP load of the report, driven by {@code wrk} (Debian's package) with a Lua script that sets the
 * method, headers and body and prints its own summary line. wrk is a few threads of C on epoll: at 32
 * connections it costs the two cores far less than a JVM client does, so the bare endpoint is measured
 * at what the server can do rather than at what the load generator can send (3 Dec 2026, the same
 * service, 32 connections: the bare endpoint 6,800-7,600 requests/s under wrk, 1,240-1,400 under
 * {@link LoadGenerator}; the ratios read up to twice as good under the JVM client). Closed loop like
 * {@link LoadGenerator}: each connection sends again as soon as its answer is in.
 */
final class Wrk {
    private static final Path BINARY = Path.of("/usr/bin/wrk");
    private static final Pattern SUMMARY = Pattern.compile("wegwijzer-wrk requests=(\\d+) duration_us=(\\d+) p50_us=([0-9.]+) "
            + "p99_us=([0-9.]+) status=(\\d+) connect=(\\d+) read=(\\d+) write=(\\d+) timeout=(\\d+)");

    private Wrk() {
    }

    static boolean available() {
        return Files.isExecutable(BINARY);
    }

    /** As {@link LoadGenerator#run}: a warm-up that is not counted, then the measured run; answers 3xx and above count as failed. */
    static LoadGenerator.Result run(String url, String key, byte[] body, int connections, Duration warmUp, Duration measure)
            throws IOException, InterruptedException {
        Path script = script(key, body);
        if (!warmUp.isZero()) {
            drive(script, url, connections, warmUp);
        }
        String said = drive(script, url, connections, measure);
        Matcher m = SUMMARY.matcher(said);
        if (!m.find()) {
            throw new IllegalStateException("wrk printed no summary: " + said);
        }
        long requests = Long.parseLong(m.group(1));
        double seconds = Long.parseLong(m.group(2)) / 1e6;
        long badStatus = Long.parseLong(m.group(5));
        long broken = Long.parseLong(m.group(6)) + Long.parseLong(m.group(7)) + Long.parseLong(m.group(8)) + Long.parseLong(m.group(9));
        long succeeded = requests - badStatus;
        return new LoadGenerator.Result(connections, succeeded / seconds, Double.parseDouble(m.group(3)) / 1000,
                Double.parseDouble(m.group(4)) / 1000, succeeded, badStatus + broken);
    }

    private static String drive(Path script, String url, int connections, Duration time) throws IOException, InterruptedException {
        List<String> command = List.of(BINARY.toString(), "-t" + Math.min(2, connections), "-c" + connections,
                "-d" + Math.max(1, time.toSeconds()) + "s", "--timeout", "10s", "-s", script.toString(), url);
        Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
        String said = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!wrk.waitFor(time.toSeconds() + 30, TimeUnit.SECONDS) || wrk.exitValue() != 0) {
            wrk.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " failed: " + said);
        }
        return said;
    }

    /** The Lua script: the same request every time, and a summary line in microseconds. */
    static Path script(String key, byte[] body) throws IOException {
        String text = new String(body, StandardCharsets.UTF_8);
        if (text.contains("]==]") || key.contains("\"") || key.contains("\\")) {
            throw new IllegalArgumentException("this body or key cannot be quoted for Lua as written");
        }
        String lua = String.format(Locale.ROOT, """
                wrk.method = "POST"
                wrk.headers["Content-Type"] = "application/json"
                wrk.headers["X-API-Key"] = "%s"
                wrk.body = [==[%s]==]
                done = function(summary, latency, requests)
                  local e = summary.errors
                  io.write(string.format("wegwijzer-wrk requests=%%d duration_us=%%d p50_us=%%.1f p99_us=%%.1f status=%%d connect=%%d read=%%d write=%%d timeout=%%d\\n",
                    summary.requests, summary.duration, latency:percentile(50.0), latency:percentile(99.0),
                    e.status, e.connect, e.read, e.write, e.timeout))
                end
                """, key, text);
        Path file = Path.of("target", "bench", "wrk-request.lua");
        Files.createDirectories(file.getParent());
        Files.writeString(file, lua);
        return file;
    }
}
