package nl.wegwijzer.instances;

import java.io.File;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import nl.wegwijzer.WegwijzerApplication;
import nl.wegwijzer.access.TestKeys;
import nl.wegwijzer.support.ExampleDraft;
import nl.wegwijzer.support.FreshDatabase;
import nl.wegwijzer.support.TestHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances on one PostgreSQL database, as behind a load balancer: a version published on one is in
 * effect on the other within the refresh interval; a version scheduled on one takes effect on both at
 * its moment; an idempotent retry sent to the other instance gets the first answer; a batch whose
 * instance is killed midway (a JVM of its own, SIGKILL) is finished by the other, every line decided once.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesTest {
    private static final String DATABASE = "wegwijzer_instances";
    private static final String URL = "jdbc:postgresql://127.0.0.1:5432/" + DATABASE;
    private static final long REFRESH_MS = 500;
    private static final List<String> SETTINGS = List.of("--spring.datasource.url=" + URL, "--spring.datasource.username=postgres",
            "--spring.datasource.password=", "--wegwijzer.rules.refresh-ms=" + REFRESH_MS, "--wegwijzer.batch.stale-after=2s",
            "--wegwijzer.batch.adopt-ms=500");
    private static final String TEACHER_ON_B1 = """
            {"municipality": "Utrecht", "age": 35, "languageLevel": "B1", "education": {"level": "MASTER", "field": "TEACHING"}}""";

    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;
    private static TestHttp a;
    private static TestHttp b;

    @BeforeAll
    static void start() throws Exception {
        FreshDatabase.make(DATABASE);
        first = instance();
        second = instance();
        a = new TestHttp(port(first));
        b = new TestHttp(port(second));
    }

    @AfterAll
    static void stop() {
        if (first != null) {
            first.close();
        }
        if (second != null) {
            second.close();
        }
    }

    private static ConfigurableApplicationContext instance() {
        List<String> args = new ArrayList<>(SETTINGS);
        args.add("--server.port=0");
        return new SpringApplicationBuilder(WegwijzerApplication.class).run(args.toArray(String[]::new));
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    @Test
    @Order(1)
    void aVersionPublishedOnOneIsInEffectOnTheOtherWithinTheRefreshInterval() throws Exception {
        int before = version(b);
        JsonNode published = publish(a, null);
        int number = published.path("number").asInt();
        assertThat(number).isGreaterThan(before);
        assertThat(version(a)).as("on the instance that published it, at once").isEqualTo(number);
        long start = System.nanoTime();
        while (version(b) != number && System.nanoTime() - start < 10_000_000_000L) {
            Thread.sleep(20);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(version(b)).isEqualTo(number);
        // The other instance reads the version at its next refresh and compiles it (1.5-2 s here) before it decides with it.
        assertThat(seconds).as("reached the other instance within the refresh interval (%d ms) and its compilation", REFRESH_MS)
                .isLessThan(REFRESH_MS / 1000.0 + 6);
        assertThat(status(b)).isEqualTo("RECOMMENDED");

        // And back, from the other side: a rollback on the second instance reaches the first.
        HttpResponse<String> rolledBack = b.send("POST", "/api/v1/rulesets/" + before + "/rollback", "application/json",
                "{\"reason\":\"terug\"}".getBytes(), TestKeys.POLICY, Map.of());
        assertThat(rolledBack.statusCode()).as(rolledBack.body()).isEqualTo(201);
        int restored = TestHttp.json(rolledBack).path("number").asInt();
        start = System.nanoTime();
        while (version(a) != restored && System.nanoTime() - start < 10_000_000_000L) {
            Thread.sleep(20);
        }
        assertThat(version(a)).isEqualTo(restored);
        assertThat(status(a)).isEqualTo("NOT_ELIGIBLE");
    }

    @Test
    @Order(2)
    void aVersionScheduledOnOneTakesEffectOnBothAtItsMoment() throws Exception {
        int before = version(a);
        Instant moment = Instant.now().plusSeconds(10);
        int number = publish(a, moment).path("number").asInt();
        // Until the moment both still decide with the version before; from it, both with the new one.
        while (Instant.now().isBefore(moment.minusMillis(300))) {
            assertThat(version(a)).isEqualTo(before);
            assertThat(version(b)).isEqualTo(before);
            Thread.sleep(100);
        }
        while (Instant.now().isBefore(moment.plusMillis(50))) {
            Thread.sleep(10);
        }
        assertThat(version(a)).as("first instance, just after the moment").isEqualTo(number);
        assertThat(version(b)).as("second instance, just after the moment").isEqualTo(number);
    }

    @Test
    @Order(3)
    void anIdempotentRetrySentToTheOtherInstanceGetsTheFirstAnswer() {
        Map<String, String> key = Map.of("Idempotency-Key", "twee-instanties-1");
        HttpResponse<String> original = a.send("POST", "/api/v1/assessments", "application/json", TEACHER_ON_B1.getBytes(), TestKeys.INTAKE_A, key);
        HttpResponse<String> retried = b.send("POST", "/api/v1/assessments", "application/json", TEACHER_ON_B1.getBytes(), TestKeys.INTAKE_A, key);
        assertThat(original.statusCode()).as(original.body()).isEqualTo(201);
        assertThat(retried.statusCode()).as(retried.body()).isIn(200, 201);
        assertThat(TestHttp.json(retried).path("id").asText()).isEqualTo(TestHttp.json(original).path("id").asText());
        assertThat(TestHttp.json(retried)).isEqualTo(TestHttp.json(original));
    }

    @Test
    @Order(4)
    void aBatchWhoseInstanceIsKilledMidwayIsFinishedByTheOtherEveryLineOnce() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), WegwijzerApplication.class.getName(), "--server.port=" + port,
                "--logging.level.root=WARN"));
        command.addAll(SETTINGS);
        Path log = Files.createDirectories(Path.of("target", "instances")).resolve("killed.log");
        Process third = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            TestHttp c = new TestHttp(port);
            long deadline = System.nanoTime() + 120_000_000_000L;
            while (!listening(c) && third.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            assertThat(third.isAlive()).as("third instance started; see %s", log).isTrue();

            int lines = 3000;
            StringBuilder ndjson = new StringBuilder();
            Random random = new Random(5);
            for (int i = 0; i < lines; i++) {
                ndjson.append("{\"municipality\": \"Utrecht\", \"age\": ").append(18 + random.nextInt(50))
                        .append(", \"languageLevel\": \"").append(List.of("A0", "A1", "A2", "B1", "B2").get(random.nextInt(5))).append("\"}\n");
            }
            HttpResponse<String> accepted = c.send("POST", "/api/v1/assessment-batches", "application/x-ndjson", ndjson.toString().getBytes(),
                    TestKeys.SYSTEM_A, Map.of());
            assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
            String job = accepted.headers().firstValue("Location").orElseThrow();
            int processed;
            do {
                Thread.sleep(50);
                processed = TestHttp.json(c.get(job, TestKeys.SYSTEM_A)).path("processed").asInt();
            } while (processed < 200);
            third.destroyForcibly().waitFor();
            int atKill = TestHttp.json(b.get(job, TestKeys.SYSTEM_A)).path("processed").asInt();
            assertThat(atKill).as("killed midway").isLessThan(lines);

            JsonNode state;
            deadline = System.nanoTime() + 120_000_000_000L;
            do {
                Thread.sleep(200);
                state = TestHttp.json(b.get(job, TestKeys.SYSTEM_A));
            } while (!"DONE".equals(state.path("status").asText()) && System.nanoTime() < deadline);
            assertThat(state.path("status").asText()).as(state.toString()).isEqualTo("DONE");
            assertThat(state.path("succeeded").asInt()).isEqualTo(lines);
            assertThat(state.path("failed").asInt()).isZero();
            try (Connection db = DriverManager.getConnection(URL, "postgres", "");
                 PreparedStatement query = db.prepareStatement(
                         "SELECT COUNT(*), COUNT(DISTINCT correlation_id) FROM assessment WHERE correlation_id LIKE ?")) {
                query.setString(1, "batch:" + job.substring(job.lastIndexOf('/') + 1) + ":%");
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    assertThat(row.getLong(1)).as("an advice per line, none twice").isEqualTo(lines);
                    assertThat(row.getLong(2)).isEqualTo(lines);
                }
            }
        } finally {
            third.destroyForcibly();
        }
    }

    private static boolean listening(TestHttp http) {
        try {
            return http.get("/actuator/health", null).statusCode() == 200;
        } catch (RuntimeException notYet) {
            return false;
        }
    }

    /** The README's draft, approved and published on this instance: now (null: a moment just past counts as now) or at a moment. */
    private static JsonNode publish(TestHttp on, Instant effectiveFrom) throws Exception {
        HttpResponse<String> draft = on.draft(ExampleDraft.files(), "twee instanties", TestKeys.POLICY);
        assertThat(draft.statusCode()).as(draft.body()).isEqualTo(201);
        String location = draft.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> approved = on.send("POST", location + "/approval", "application/json", "{}".getBytes(), TestKeys.POLICY_B, Map.of());
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        HttpResponse<String> published = on.send("POST", location + "/publication", "application/json",
                ("{\"effectiveFrom\":\"" + (effectiveFrom == null ? Instant.now() : effectiveFrom) + "\"}").getBytes(), TestKeys.POLICY, Map.of());
        assertThat(published.statusCode()).as(published.body()).isEqualTo(201);
        return TestHttp.json(published);
    }

    private static JsonNode advice(TestHttp on) {
        HttpResponse<String> answer = on.send("POST", "/api/v1/assessment-previews", "application/json", TEACHER_ON_B1.getBytes(),
                TestKeys.INTAKE_A, Map.of());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return TestHttp.json(answer);
    }

    private static int version(TestHttp on) {
        return advice(on).path("ruleSetVersion").asInt();
    }

    private static String status(TestHttp on) {
        for (JsonNode pathway : advice(on).path("pathways")) {
            if (pathway.path("code").asText().equals("PERSPECTIEFGROEP")) {
                return pathway.path("status").asText();
            }
        }
        return "";
    }
}
