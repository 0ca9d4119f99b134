package nl.wegwijzer.bench;

import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.wegwijzer.access.TestKeys;
import nl.wegwijzer.support.FreshDatabase;
import nl.wegwijzer.support.ExampleDraft;
import nl.wegwijzer.support.TcpProxy;
import nl.wegwijzer.support.TestHttp;

/**
 * Load with faults: {@code ./mvnw -q -Pfaults test-compile exec:exec} (about four minutes, loopback only).
 * The service in its own JVM on PostgreSQL (a fresh database {@code wegwijzer_faults} on 127.0.0.1:5432,
 * reached through a loopback proxy), under sustained load from 8 clients, while: a batch is worked; a
 * version is published and rolled back; the database goes away for 20 s (the proxy cuts every connection
 * and refuses new ones, as a stopped PostgreSQL) and comes back; the service is stopped gracefully (SIGTERM)
 * mid-load and started again on the same port. Writes docs/faults.md: requests sent, succeeded, failed by
 * reason, and advices answered 201 that are not in the database (the target is zero), and whether the batch
 * was finished with every line decided once.
 */
public final class FaultLoad {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DATABASE = "wegwijzer_faults";
    private static final int CLIENTS = 8;

    private final Map<String, AtomicLong> outcomes = new TreeMap<>();
    private final Set<String> answered = ConcurrentHashMap.newKeySet();
    /** References of requests whose connection closed before an answer: were they decided and kept anyway? */
    private final Set<String> unanswered = ConcurrentHashMap.newKeySet();
    private final List<String> timeline = new ArrayList<>();
    private final long begin = System.nanoTime();
    private final HttpClient control = HttpClient.newHttpClient();
    private volatile int port;

    private FaultLoad() {
    }

    public static void main(String[] args) throws Exception {
        new FaultLoad().run(args.length > 0 ? Integer.parseInt(args[0]) : 240);
        System.exit(0);
    }

    private void run(int seconds) throws Exception {
        FreshDatabase.make(DATABASE);
        try (TcpProxy database = new TcpProxy(5432)) {
            List<String> settings = List.of("--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + database.port() + "/" + DATABASE,
                    "--spring.datasource.username=postgres", "--spring.datasource.password=", "--wegwijzer.rules.refresh-ms=1000");
            ServiceProcess service = ServiceProcess.start("faults", List.of(), settings);
            port = service.port;
            note("service started (%.1f s to the first advice)", service.startSeconds);
            AtomicBoolean stop = new AtomicBoolean();
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                clients.submit(() -> load(client, stop));
            }
            String batch = null;
            try {
                pause(15);
                batch = batch(3000);
                pause(10);
                int before = publishAndRollBack();
                note("rules: version %d in effect again", before);
                pause(10);
                database.cut();
                note("database away (every connection cut, new ones refused)");
                pause(20);
                database.restore();
                note("database back");
                pause(20);
                note("service stopping gracefully (SIGTERM), load continuing");
                service.stopGracefully();
                note("service stopped");
                service = ServiceProcess.start("faults", port, List.of(), settings);
                note("service started again on the same port (%.1f s to the first advice)", service.startSeconds);
                pause(Math.max(10, seconds - elapsed()));
            } finally {
                stop.set(true);
                clients.shutdown();
                clients.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS);
                note("load stopped");
            }
            String batchState = batch == null ? "not submitted" : waitForBatch(batch);
            service.close();
            report(batchState);
        }
    }

    private void load(int client, AtomicBoolean stop) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
        Random random = new Random(client);
        long n = 0;
        while (!stop.get()) {
            String reference = "F" + client + "-" + n++;
            String body = BulkBenchmark.intake(random).replaceFirst("\\{", "{\"reference\":\"" + reference + "\",");
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/assessments"))
                    .header("Content-Type", "application/json").header("X-API-Key", TestKeys.INTAKE_A).timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            String outcome;
            try {
                HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
                outcome = Integer.toString(answer.statusCode());
                if (answer.statusCode() == 201) {
                    answered.add(JSON.readTree(answer.body()).path("id").asText());
                } else if (answer.statusCode() == 503) {
                    outcome = "503" + (answer.headers().firstValue("Retry-After").isPresent() ? " with Retry-After" : " without Retry-After");
                }
            } catch (ConnectException refused) {
                outcome = "connection refused (service not listening: restarting)";
            } catch (java.net.http.HttpTimeoutException slow) {
                outcome = "no answer within 30 s";
            } catch (java.io.IOException closed) {
                outcome = "connection closed before an answer (service stopping)";
                unanswered.add(reference);
            } catch (Exception other) {
                outcome = other.getClass().getSimpleName();
            }
            outcomes.computeIfAbsent(outcome, k -> new AtomicLong()).incrementAndGet();
            if (!outcome.equals("201")) {
                sleepQuietly(outcome.startsWith("503") ? 200 : 100);
            }
        }
    }

    private String batch(int lines) throws Exception {
        StringBuilder ndjson = new StringBuilder();
        Random random = new Random(99);
        for (int i = 0; i < lines; i++) {
            ndjson.append(BulkBenchmark.intake(random)).append('\n');
        }
        HttpResponse<String> accepted = send("POST", "/api/v1/assessment-batches", TestKeys.SYSTEM_A, "application/x-ndjson", ndjson.toString());
        note("batch of %,d lines submitted: %d", lines, accepted.statusCode());
        return accepted.statusCode() == 202 ? accepted.headers().firstValue("Location").orElseThrow() : null;
    }

    /** The README's draft published now, then the version before it back by rollback; answers that version's number. */
    private int publishAndRollBack() throws Exception {
        int before = JSON.readTree(send("GET", "/api/v1/rulesets", TestKeys.POLICY, null, null).body()).findValues("number").stream()
                .mapToInt(JsonNode::asInt).max().orElse(1);
        HttpResponse<String> draft = new TestHttp(port).draft(ExampleDraft.files(), "load with faults", TestKeys.POLICY);
        String location = draft.headers().firstValue("Location").orElseThrow();
        send("POST", location + "/approval", TestKeys.POLICY_B, "application/json", "{}");
        HttpResponse<String> published = send("POST", location + "/publication", TestKeys.POLICY, "application/json",
                "{\"effectiveFrom\":\"" + Instant.now().plusSeconds(1) + "\"}");
        note("rules: draft published as version %s (%d)", JSON.readTree(published.body()).path("number").asText(), published.statusCode());
        pause(10);
        HttpResponse<String> rolledBack = send("POST", "/api/v1/rulesets/" + before + "/rollback", TestKeys.POLICY, "application/json",
                "{\"reason\":\"load with faults\"}");
        note("rules: rollback to version %d as version %s (%d)", before, JSON.readTree(rolledBack.body()).path("number").asText(),
                rolledBack.statusCode());
        return before;
    }

    private String waitForBatch(String job) throws Exception {
        long deadline = System.nanoTime() + 180_000_000_000L;
        JsonNode state;
        do {
            state = JSON.readTree(send("GET", job, TestKeys.SYSTEM_A, null, null).body());
            Thread.sleep(500);
        } while (!"DONE".equals(state.path("status").asText()) && System.nanoTime() < deadline);
        String id = job.substring(job.lastIndexOf('/') + 1);
        long stored;
        try (Connection db = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + DATABASE, "postgres", "");
             PreparedStatement query = db.prepareStatement("SELECT COUNT(*), COUNT(DISTINCT correlation_id) FROM assessment WHERE correlation_id LIKE ?")) {
            query.setString(1, "batch:" + id + ":%");
            try (ResultSet row = query.executeQuery()) {
                row.next();
                stored = row.getLong(1);
                if (row.getLong(2) != stored) {
                    return String.format(Locale.ROOT, "%s; a line was decided twice (%d advices, %d lines)", state.path("status").asText(), stored,
                            row.getLong(2));
                }
            }
        }
        return String.format(Locale.ROOT, "%s: %d of %d lines decided, %d failed; %d advices stored for it, none twice",
                state.path("status").asText(), state.path("succeeded").asInt(), state.path("total").asInt(), state.path("failed").asInt(), stored);
    }

    private void report(String batchState) throws Exception {
        long missing = 0;
        try (Connection db = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + DATABASE, "postgres", "");
             PreparedStatement query = db.prepareStatement("SELECT 1 FROM assessment WHERE id = ?")) {
            for (String id : answered) {
                query.setObject(1, java.util.UUID.fromString(id));
                try (ResultSet row = query.executeQuery()) {
                    if (!row.next()) {
                        missing++;
                    }
                }
            }
        }
        long keptUnanswered = 0;
        try (Connection db = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + DATABASE, "postgres", "");
             PreparedStatement query = db.prepareStatement("SELECT 1 FROM assessment WHERE reference = ?")) {
            for (String reference : unanswered) {
                query.setString(1, reference);
                try (ResultSet row = query.executeQuery()) {
                    keptUnanswered += row.next() ? 1 : 0;
                }
            }
        }
        long sent = outcomes.values().stream().mapToLong(AtomicLong::get).sum();
        StringBuilder md = new StringBuilder("# Load with faults\n\n")
                .append("Written by `./mvnw -q -Pfaults test-compile exec:exec` (`src/test/java/nl/wegwijzer/bench/FaultLoad.java`) on ")
                .append(java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC).format(java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME))
                .append(". The service in its own JVM on PostgreSQL (database `").append(DATABASE).append("` on 127.0.0.1:5432, reached")
                .append(" through a loopback proxy that can cut it), ").append(CLIENTS).append(" clients sending `POST /api/v1/assessments`")
                .append(" in a closed loop (a failed request is sent again after 100–200 ms).\n\n## What happened\n\n");
        timeline.forEach(line -> md.append("- ").append(line).append('\n'));
        md.append("\n## Requests\n\n| outcome | requests |\n|---|---:|\n");
        outcomes.forEach((outcome, count) -> md.append(String.format(Locale.ROOT, "| %s | %,d |%n", outcome, count.get())));
        md.append(String.format(Locale.ROOT, "| **sent** | **%,d** |%n%n", sent))
                .append(String.format(Locale.ROOT, "**Advices answered 201 but not in the database: %,d** of %,d answered (the target is zero).%n%n",
                        missing, answered.size()))
                .append(String.format(Locale.ROOT, "Requests whose connection closed before an answer: %,d, of which decided and kept anyway"
                        + " (in flight when the service stopped, finished, the answer lost with the connection): %,d; the others were"
                        + " not taken on (sent on a kept-alive connection as the service closed it) and can be sent again.%n%n",
                        unanswered.size(), keptUnanswered))
                .append("Batch: ").append(batchState).append(".\n");
        Path out = Path.of("docs", "faults.md");
        Files.writeString(out, md.toString());
        System.out.println(md);
        System.out.println("written: " + out.toAbsolutePath());
    }

    private HttpResponse<String> send(String method, String path, String key, String type, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("X-API-Key", key)
                .timeout(Duration.ofMinutes(2))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (type != null) {
            request.header("Content-Type", type);
        }
        return control.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private double elapsed() {
        return (System.nanoTime() - begin) / 1e9;
    }

    private void note(String format, Object... values) {
        String line = String.format(Locale.ROOT, "%5.1f s: ", elapsed()) + String.format(Locale.ROOT, format, values);
        timeline.add(line);
        System.out.println(line);
    }

    private static void pause(double seconds) throws InterruptedException {
        Thread.sleep((long) (seconds * 1000));
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
