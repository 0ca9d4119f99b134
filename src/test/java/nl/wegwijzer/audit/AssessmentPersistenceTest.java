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
        return new SpringApplicationBuilder(WegwijzerApplication.class)
                .run("--server.port=0", "--spring.datasource.url=" + databaseUrl());
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
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(INTAKE)).build());
            assertThat(created.statusCode()).isEqualTo(201);
            location = created.headers().firstValue("Location").orElseThrow();
            given = JSON.readTree(created.body());
        }
        try (ConfigurableApplicationContext second = start()) {
            HttpResponse<String> read = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port(second) + location)).GET().build());
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
}
