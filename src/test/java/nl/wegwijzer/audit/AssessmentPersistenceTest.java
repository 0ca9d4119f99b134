package nl.wegwijzer.audit;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.wegwijzer.WegwijzerApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Advices live in the real database: after a restart the advice is still there, as it was given,
 * with the facts it was decided from. Runs on H2 (a file, as the embedded default) and, in the
 * postgresql test execution, on PostgreSQL.
 */
class AssessmentPersistenceTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String INTAKE = """
            {"reference": "PERSIST-1", "municipality": "Den Haag", "age": 30, "languageLevel": "A2",
             "work": {"status": "UNEMPLOYED"}, "household": {"partner": true, "childrenAges": [4]}}""";

    @TempDir
    Path data;

    private String databaseUrl() {
        String configured = System.getProperty("spring.datasource.url", "");
        return configured.startsWith("jdbc:postgresql:") ? configured : "jdbc:h2:file:" + data.resolve("wegwijzer");
    }

    private ConfigurableApplicationContext start() {
        return start(Path.of("rules"));
    }

    private ConfigurableApplicationContext start(Path rules) {
        return new SpringApplicationBuilder(WegwijzerApplication.class)
                .run("--server.port=0", "--spring.datasource.url=" + databaseUrl(), "--wegwijzer.rules-dir=" + rules);
    }

    private static HttpResponse<String> post(ConfigurableApplicationContext context, String path, String body) throws Exception {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port(context) + path))
                .header("Content-Type", "application/json").header("X-API-Key", nl.wegwijzer.access.TestKeys.INTAKE_A)
                .POST(body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    private static HttpResponse<String> send(HttpRequest request) throws Exception {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anAdviceSurvivesARestartUnchanged() throws Exception {
        String location;
        JsonNode given;
        try (ConfigurableApplicationContext first = start()) {
            HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port(first) + "/api/v1/assessments"))
                    .header("Content-Type", "application/json").header("X-API-Key", nl.wegwijzer.access.TestKeys.INTAKE_A)
                    .POST(HttpRequest.BodyPublishers.ofString(INTAKE)).build());
            assertThat(created.statusCode()).isEqualTo(201);
            location = created.headers().firstValue("Location").orElseThrow();
            given = JSON.readTree(created.body());
        }
        try (ConfigurableApplicationContext second = start()) {
            HttpResponse<String> read = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port(second) + location))
                    .header("X-API-Key", nl.wegwijzer.access.TestKeys.INTAKE_A).GET().build());
            assertThat(read.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(read.body())).isEqualTo(given);

            Map<String, Object> row = second.getBean(JdbcTemplate.class).queryForMap(
                    "SELECT reference, rule_set_version, rule_set_hash, intake FROM assessment WHERE id = ?",
                    java.util.UUID.fromString(given.path("id").asText()));
            assertThat(row.get("reference")).isEqualTo("PERSIST-1");
            assertThat(row.get("rule_set_version")).isEqualTo(given.path("ruleSetVersion").asText());
            assertThat(row.get("rule_set_hash")).isEqualTo(given.path("ruleSetHash").asText());
            JsonNode intake = JSON.readTree((String) row.get("intake"));
            assertThat(intake.path("municipality").asText()).isEqualTo("Den Haag");
            assertThat(intake.path("household").path("childrenAges").get(0).asInt()).isEqualTo(4);
        }
    }

    @Test
    void aReplayDecidesAgainUnderTheVersionThatMadeTheAdviceAndSaysWhatChangedSince() throws Exception {
        // An earlier rule set in which the Perspectiefgroep still took B1.
        Path earlier = data.resolve("earlier-rules");
        java.nio.file.Files.createDirectories(earlier);
        nl.wegwijzer.support.RulesCopy.into(earlier);
        Path levels = earlier.resolve("de-nieuwe-docent/taalniveau.drl.csv");
        String table = java.nio.file.Files.readString(levels);
        table = table.replace("Perspectiefgroep: taalniveau tot B1,\"A0, A1, A2\"", "Perspectiefgroep: taalniveau tot B1,\"A0, A1, A2, B1\"")
                .replace("Perspectiefgroep: taalniveau B1 of hoger,\"B1, B2, C1, C2\"", "Perspectiefgroep: taalniveau B1 of hoger,\"B2, C1, C2\"");
        java.nio.file.Files.writeString(levels, table);
        String teacherOnB1 = """
                {"municipality": "Utrecht", "age": 35, "languageLevel": "B1",
                 "education": {"level": "MASTER", "field": "TEACHING"}}""";

        String location;
        String thenVersion;
        try (ConfigurableApplicationContext then = start(earlier)) {
            HttpResponse<String> created = post(then, "/api/v1/assessments", teacherOnB1);
            assertThat(created.statusCode()).isEqualTo(201);
            assertThat(JSON.readTree(created.body()).path("pathways").get(0).path("status").asText()).isEqualTo("RECOMMENDED");
            location = created.headers().firstValue("Location").orElseThrow();
            thenVersion = JSON.readTree(created.body()).path("ruleSetVersion").asText();
        }
        try (ConfigurableApplicationContext now = start()) {
            HttpResponse<String> replayed = post(now, location + "/replay", null);
            assertThat(replayed.statusCode()).as(replayed.body()).isEqualTo(200);
            JsonNode replay = JSON.readTree(replayed.body());
            // Each start with other files in the rules folder records them as a new numbered version.
            assertThat(replay.path("original").path("ruleSetVersion").asText()).isEqualTo(thenVersion);
            assertThat(replay.path("original").path("identical").asBoolean()).isTrue();
            assertThat(replay.path("original").path("differences")).isEmpty();
            assertThat(replay.path("current").path("ruleSetVersion").asText())
                    .isEqualTo(now.getBean(nl.wegwijzer.rules.RuleEngine.class).current().version())
                    .isNotEqualTo(thenVersion);
            assertThat(replay.path("current").path("identical").asBoolean()).isFalse();
            assertThat(replay.path("current").path("differences")).anySatisfy(d -> {
                assertThat(d.path("path").asText()).isEqualTo("/pathways[PERSPECTIEFGROEP]/status");
                assertThat(d.path("stored").asText()).isEqualTo("RECOMMENDED");
                assertThat(d.path("replayed").asText()).isEqualTo("NOT_ELIGIBLE");
            });

            assertThat(post(now, "/api/v1/assessments/" + java.util.UUID.randomUUID() + "/replay", null).statusCode()).isEqualTo(404);
        }
    }

    @Test
    void aBatchInterruptedByARestartIsFinishedAfterwardsWithNothingLostOrDoubled() throws Exception {
        StringBuilder lines = new StringBuilder();
        for (int i = 1; i <= 300; i++) {
            lines.append("{\"reference\": \"RESTART-").append(i).append("\", \"municipality\": \"Apeldoorn\", \"age\": 40, "
                    + "\"languageLevel\": \"B1\"}\n");
        }
        String job;
        try (ConfigurableApplicationContext first = start()) {
            HttpResponse<String> accepted = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port(first) + "/api/v1/assessment-batches"))
                    .header("Content-Type", "application/x-ndjson").header("X-API-Key", nl.wegwijzer.access.TestKeys.SYSTEM_A)
                    .POST(HttpRequest.BodyPublishers.ofString(lines.toString())).build());
            assertThat(accepted.statusCode()).isEqualTo(202);
            job = accepted.headers().firstValue("Location").orElseThrow();
            assertThat(JSON.readTree(accepted.body()).path("status").asText()).as("still running when stopped").isEqualTo("RUNNING");
        } // stopped at once, mid-batch
        try (ConfigurableApplicationContext second = start()) {
            java.time.Instant deadline = java.time.Instant.now().plusSeconds(60);
            JsonNode state;
            do {
                state = JSON.readTree(send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port(second) + job))
                        .header("X-API-Key", nl.wegwijzer.access.TestKeys.SYSTEM_A).GET().build()).body());
                Thread.sleep(100);
            } while (!"DONE".equals(state.path("status").asText()) && java.time.Instant.now().isBefore(deadline));
            assertThat(state.path("status").asText()).isEqualTo("DONE");
            assertThat(state.path("succeeded").asInt()).isEqualTo(300);
            Long stored = second.getBean(JdbcTemplate.class).queryForObject(
                    "SELECT COUNT(*) FROM assessment WHERE correlation_id LIKE ?", Long.class, "batch:" + job.substring(job.lastIndexOf('/') + 1) + ":%");
            assertThat(stored).as("one advice per line, none twice").isEqualTo(300);
        }
    }
}
