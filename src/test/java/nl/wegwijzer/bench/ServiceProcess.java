package nl.wegwijzer.bench;

import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import nl.wegwijzer.access.TestKeys;

/**
 * The service in a JVM of its own ({@link BenchService}), as a deployment runs it: started, timed to its
 * first served advice, measured (resident memory from /proc), stopped. Its log goes to target/bench/.
 */
final class ServiceProcess implements AutoCloseable {
    final int port;
    final double startSeconds;
    private final Process process;

    private ServiceProcess(Process process, int port, double startSeconds) {
        this.process = process;
        this.port = port;
        this.startSeconds = startSeconds;
    }

    /** Starts the service with these JVM options and settings, and waits until it has answered one advice. */
    static ServiceProcess start(String name, List<String> jvm, List<String> settings) throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        return start(name, port, jvm, settings);
    }

    /** As {@link #start(String, List, List)} on a port of the caller's choosing (a restart on the same port). */
    static ServiceProcess start(String name, int port, List<String> jvm, List<String> settings) throws Exception {
        Path log = Path.of("target", "bench", name + ".log");
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvm);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), BenchService.class.getName(), "--server.port=" + port,
                "--logging.level.root=WARN"));
        command.addAll(settings);
        long begin = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest advice = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/assessments"))
                .header("Content-Type", "application/json").header("X-API-Key", TestKeys.INTAKE_A)
                .POST(HttpRequest.BodyPublishers.ofString(BenchmarkReport.INTAKE)).timeout(Duration.ofSeconds(5)).build();
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service stopped while starting; see " + log);
            }
            try {
                if (client.send(advice, HttpResponse.BodyHandlers.discarding()).statusCode() == 201) {
                    break;
                }
            } catch (java.io.IOException notYet) {
                // not listening yet
            }
            if (System.nanoTime() - begin > 180e9) {
                process.destroyForcibly();
                throw new IllegalStateException("the service did not answer within 3 minutes; see " + log);
            }
            Thread.sleep(20);
        }
        return new ServiceProcess(process, port, (System.nanoTime() - begin) / 1e9);
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** Resident memory of the service's process, in MB (VmRSS). */
    double residentMb() throws Exception {
        for (String line : Files.readAllLines(new File("/proc/" + process.pid() + "/status").toPath())) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
            }
        }
        return Double.NaN;
    }

    /** Runs a diagnostic command in the service's JVM (a flight recording, say); answers what it said. */
    String jcmd(String... command) throws Exception {
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), Long.toString(process.pid())));
        line.addAll(List.of(command));
        Process jcmd = new ProcessBuilder(line).redirectErrorStream(true).start();
        String said = new String(jcmd.getInputStream().readAllBytes());
        if (jcmd.waitFor() != 0) {
            throw new IllegalStateException("jcmd " + String.join(" ", command) + ": " + said);
        }
        return said;
    }

    /** Stops the service as an orchestrator does (SIGTERM: graceful shutdown) and waits until it is gone. */
    void stopGracefully() throws InterruptedException {
        process.destroy();
        process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS);
    }

    @Override
    public void close() throws Exception {
        process.destroy();
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
