package nl.wegwijzer.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.wegwijzer.access.TestKeys;
import nl.wegwijzer.support.ExampleDraft;
import nl.wegwijzer.support.TestHttp;

/**
 * Work in bulk, end to end over HTTP against the service in its own JVM: 100,000 intakes sent as batches
 * (NDJSON, 10,000 a batch, the contract's limit for one) and decided in the background until the last
 * line is done; then the impact of the README's draft (Perspectiefgroep also for B1) over every stored
 * assessment, started as a background run and read until done. Progress is sampled as it goes.
 */
final class BulkBenchmark {
    static final int INTAKES = 100_000;
    static final int PER_BATCH = 10_000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] MUNICIPALITIES = {"Apeldoorn", "Utrecht", "Den Haag", "Amsterdam", "Rotterdam", "Zwolle", "Nergenshuizen"};
    private static final String[] LEVELS = {"A0", "A1", "A2", "B1", "B2", "C1"};
    private static final String[] EDUCATION = {"NONE", "PRIMARY", "VOCATIONAL", "BACHELOR", "MASTER"};

    record Result(String what, int items, double seconds, List<String> progress) {
        double perSecond() { return items / seconds; }
    }

    private final ServiceProcess service;
    private final HttpClient client = HttpClient.newHttpClient();

    BulkBenchmark(ServiceProcess service) {
        this.service = service;
    }

    /** The n-th generated intake: municipality, age, language level and education vary (fixed seed). */
    static String intake(Random random) {
        return String.format(Locale.ROOT, """
                {"municipality":"%s","age":%d,"languageLevel":"%s","education":{"level":"%s","field":"HEALTHCARE"},\
                "work":{"status":"UNEMPLOYED","experienceYears":%d,"hoursAvailablePerWeek":%d},\
                "benefits":{"type":"BIJSTAND","jobApplicationObligation":true},\
                "household":{"partner":%b,"singleParent":false,"childrenAges":[]},\
                "inburgering":{"obligated":true,"route":"B1","completedProgrammes":[]},"priorities":["PAID_WORK"]}""",
                MUNICIPALITIES[random.nextInt(MUNICIPALITIES.length)], 18 + random.nextInt(50), LEVELS[random.nextInt(LEVELS.length)],
                EDUCATION[random.nextInt(EDUCATION.length)], random.nextInt(10), 8 + random.nextInt(33), random.nextBoolean());
    }

    Result batches() throws Exception {
        Random random = new Random(14);
        List<String> jobs = new ArrayList<>();
        long begin = System.nanoTime();
        for (int b = 0; b < INTAKES / PER_BATCH; b++) {
            StringBuilder ndjson = new StringBuilder();
            for (int i = 0; i < PER_BATCH; i++) {
                ndjson.append(intake(random)).append('\n');
            }
            HttpResponse<String> accepted = send("POST", "/api/v1/assessment-batches", TestKeys.SYSTEM_A, "application/x-ndjson",
                    ndjson.toString());
            if (accepted.statusCode() != 202) {
                throw new IllegalStateException("batch refused: " + accepted.statusCode() + " " + accepted.body());
            }
            jobs.add(accepted.headers().firstValue("Location").orElseThrow());
        }
        double sent = (System.nanoTime() - begin) / 1e9;
        List<String> progress = new ArrayList<>();
        progress.add(String.format(Locale.ROOT, "%.1f s: all %d batches accepted", sent, jobs.size()));
        int done;
        double lastNote = 0;
        do {
            Thread.sleep(1000);
            done = 0;
            for (String job : jobs) {
                done += JSON.readTree(send("GET", job, TestKeys.SYSTEM_A, null, null).body()).path("processed").asInt();
            }
            double now = (System.nanoTime() - begin) / 1e9;
            if (now - lastNote >= 10 || done == INTAKES) {
                progress.add(String.format(Locale.ROOT, "%.0f s: %,d of %,d decided", now, done, INTAKES));
                lastNote = now;
            }
            if (now > 900) {
                progress.add("stopped waiting after 15 minutes");
                break;
            }
        } while (done < INTAKES);
        int failed = 0;
        for (String job : jobs) {
            failed += JSON.readTree(send("GET", job, TestKeys.SYSTEM_A, null, null).body()).path("failed").asInt();
        }
        progress.add(failed + " lines failed");
        return new Result("100,000 intakes in 10 batches, sent and decided (audit on H2)", done, (System.nanoTime() - begin) / 1e9, progress);
    }

    Result impact() throws Exception {
        HttpResponse<String> draft = new TestHttp(service.port).draft(ExampleDraft.files(), "benchmark", TestKeys.POLICY);
        if (draft.statusCode() != 201) {
            throw new IllegalStateException("draft refused: " + draft.statusCode() + " " + draft.body());
        }
        String runs = draft.headers().firstValue("Location").orElseThrow() + "/impact-runs";
        long begin = System.nanoTime();
        HttpResponse<String> started = send("POST", runs, TestKeys.POLICY, null, null);
        if (started.statusCode() != 202) {
            throw new IllegalStateException("impact run refused: " + started.statusCode() + " " + started.body());
        }
        String run = started.headers().firstValue("Location").orElseThrow();
        List<String> progress = new ArrayList<>();
        JsonNode read;
        double lastNote = -10;
        do {
            Thread.sleep(500);
            read = JSON.readTree(send("GET", run, TestKeys.POLICY, null, null).body());
            double now = (System.nanoTime() - begin) / 1e9;
            if (now - lastNote >= 10) {
                progress.add(String.format(Locale.ROOT, "%.0f s: %,d of %,d", now, read.path("processed").asInt(), read.path("total").asInt()));
                lastNote = now;
            }
        } while ("RUNNING".equals(read.path("status").asText()) && (System.nanoTime() - begin) < 900e9);
        double seconds = (System.nanoTime() - begin) / 1e9;
        progress.add(String.format(Locale.ROOT, "%.1f s: %s, %,d assessments, %,d advices change", seconds, read.path("status").asText(),
                read.path("report").path("assessments").asInt(), read.path("report").path("changed").asInt()));
        return new Result("impact of the README's draft over every stored assessment, as a background run",
                read.path("processed").asInt(), seconds, progress);
    }

    private HttpResponse<String> send(String method, String path, String key, String type, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(service.url(path))).header("X-API-Key", key)
                .timeout(Duration.ofMinutes(5))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (type != null) {
            request.header("Content-Type", type);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Runs both alone against a fresh service, for a quick look: prints what the report would say. */
    public static void main(String[] args) throws Exception {
        try (ServiceProcess service = ServiceProcess.start("bulk", List.of(), List.of("--spring.datasource.url=jdbc:h2:file:./target/bench/h2-bulk-"
                + System.nanoTime() + "/wegwijzer"))) {
            BulkBenchmark bulk = new BulkBenchmark(service);
            for (Result r : List.of(bulk.batches(), bulk.impact())) {
                System.out.printf(Locale.ROOT, "%s: %,d in %.1f s (%,.0f/s)%n%s%n", r.what(), r.items(), r.seconds(), r.perSecond(),
                        String.join("\n", r.progress()));
            }
        }
    }
}
