package nl.wegwijzer.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import nl.wegwijzer.access.TestKeys;

/** Where an HTTP advice's time goes: the service under load at 8 connections, recorded by JFR in its own JVM. */
final class HttpProfile {
    private HttpProfile() {
    }

    static String record(String name, String path, List<String> settings) throws Exception {
        Path recording = Path.of("target", "bench", name + ".jfr").toAbsolutePath();
        java.nio.file.Files.deleteIfExists(recording);
        try (ServiceProcess service = ServiceProcess.start(name, List.of(Profile.STACK_DEPTH), settings)) {
            byte[] body = BenchmarkReport.INTAKE.getBytes(StandardCharsets.UTF_8);
            HttpLoad.run(service.url(path), TestKeys.INTAKE_A, body, 8, Duration.ofSeconds(15), Duration.ofSeconds(1));
            service.jcmd("JFR.start", "name=http", "settings=profile", "filename=" + recording);
            LoadGenerator.Result result = HttpLoad.run(service.url(path), TestKeys.INTAKE_A, body, 8, Duration.ZERO, Duration.ofSeconds(20));
            service.jcmd("JFR.stop", "name=http");
            return String.format(java.util.Locale.ROOT, "%,.0f requests/s while recorded.%n%n", result.perSecond()) + Profile.summary(recording);
        }
    }
}
