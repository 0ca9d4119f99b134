package nl.wegwijzer.web;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import nl.wegwijzer.access.TestKeys;
import nl.wegwijzer.support.FreshDatabase;
import nl.wegwijzer.support.TcpProxy;
import nl.wegwijzer.support.TestHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL goes away under the service and comes back (a real PostgreSQL behind a loopback proxy the
 * test cuts): requests that need it get a 503 problem with Retry-After within seconds, no stack trace;
 * nothing of them is stored; once the database is back the service answers again by itself, and a
 * request sent again with its Idempotency-Key is decided once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DatabaseOutageTest {
    private static final String DATABASE = "wegwijzer_outage";
    private static final TcpProxy PROXY;

    static {
        FreshDatabase.make(DATABASE);
        try {
            PROXY = new TcpProxy(5432);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:postgresql://127.0.0.1:" + PROXY.port() + "/" + DATABASE);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }

    @AfterAll
    static void close() throws Exception {
        PROXY.restore();
    }

    @LocalServerPort
    int port;

    private static String intake(String reference) {
        return "{\"reference\": \"" + reference + "\", \"municipality\": \"Utrecht\", \"age\": 35, \"languageLevel\": \"B1\"}";
    }

    @Test
    void aDatabaseThatGoesAwayIsA503WithRetryAfterAndTheServiceRecoversByItself() throws Exception {
        TestHttp http = new TestHttp(port);
        Set<String> answered = new HashSet<>();
        HttpResponse<String> before = http.postJson("/api/v1/assessments", intake("OUTAGE-0"), TestKeys.INTAKE_A);
        assertThat(before.statusCode()).as(before.body()).isEqualTo(201);
        answered.add("OUTAGE-0");
        String stored = before.headers().firstValue("Location").orElseThrow();

        PROXY.cut();
        List<HttpResponse<String>> during = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            long begin = System.nanoTime();
            during.add(http.postJson("/api/v1/assessments", intake("OUTAGE-" + i), TestKeys.INTAKE_A));
            assertThat((System.nanoTime() - begin) / 1e9).as("answered within seconds, not hung").isLessThan(15);
        }
        during.add(http.get(stored, TestKeys.INTAKE_A));
        during.add(http.send("POST", "/api/v1/assessment-batches", "application/x-ndjson", (intake("OUTAGE-B") + "\n").getBytes(),
                TestKeys.SYSTEM_A, Map.of()));
        during.add(http.send("POST", "/api/v1/assessments", "application/json", intake("OUTAGE-K").getBytes(), TestKeys.INTAKE_A,
                Map.of("Idempotency-Key", "outage-retry-1")));
        for (HttpResponse<String> answer : during) {
            assertThat(answer.statusCode()).as("%s %s", answer.uri(), answer.body()).isEqualTo(503);
            assertThat(answer.headers().firstValue("Retry-After")).hasValue("5");
            assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
            JsonNode problem = TestHttp.json(answer);
            assertThat(problem.path("status").asInt()).isEqualTo(503);
            assertThat(problem.path("type").asText()).endsWith("database-unavailable");
            assertThat(answer.body()).doesNotContain("Exception").doesNotContain("at org.").doesNotContain("PSQL");
        }
        // What does not need the database still answers.
        assertThat(http.get("/api/v1/pathways", TestKeys.INTAKE_A).statusCode()).isEqualTo(200);

        PROXY.restore();
        HttpResponse<String> after;
        long deadline = System.nanoTime() + 60_000_000_000L;
        do {
            Thread.sleep(200);
            after = http.postJson("/api/v1/assessments", intake("OUTAGE-AFTER"), TestKeys.INTAKE_A);
        } while (after.statusCode() == 503 && System.nanoTime() < deadline);
        assertThat(after.statusCode()).as("recovered without a restart: %s", after.body()).isEqualTo(201);
        answered.add("OUTAGE-AFTER");
        assertThat(http.get(stored, TestKeys.INTAKE_A).statusCode()).isEqualTo(200);

        // Sent again with its key, the request refused during the outage is decided now, and once.
        HttpResponse<String> retried = http.send("POST", "/api/v1/assessments", "application/json", intake("OUTAGE-K").getBytes(),
                TestKeys.INTAKE_A, Map.of("Idempotency-Key", "outage-retry-1"));
        HttpResponse<String> again = http.send("POST", "/api/v1/assessments", "application/json", intake("OUTAGE-K").getBytes(),
                TestKeys.INTAKE_A, Map.of("Idempotency-Key", "outage-retry-1"));
        assertThat(retried.statusCode()).as(retried.body()).isEqualTo(201);
        assertThat(TestHttp.json(again).path("id").asText()).isEqualTo(TestHttp.json(retried).path("id").asText());
        answered.add("OUTAGE-K");

        // Nothing half-written: exactly the advices answered 201 are stored, each once.
        List<String> references = new ArrayList<>();
        try (Connection db = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + DATABASE, "postgres", "");
             PreparedStatement query = db.prepareStatement("SELECT reference FROM assessment WHERE reference LIKE 'OUTAGE-%'");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                references.add(rows.getString(1));
            }
        }
        assertThat(references).containsExactlyInAnyOrderElementsOf(answered);
    }
}
