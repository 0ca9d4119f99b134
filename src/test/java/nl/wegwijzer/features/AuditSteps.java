package nl.wegwijzer.features;

import nl.wegwijzer.scenarios.IntakeRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.cucumber.java.nl.Als;
import io.cucumber.java.nl.Dan;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit trail: every advice kept, found again by reference, with its correlation id. */
public class AuditSteps {
    private final Http http;
    private final IntakeRequest intake;
    private final org.springframework.jdbc.core.simple.JdbcClient sql;
    private final List<String> given = new ArrayList<>();

    public AuditSteps(Http http, IntakeRequest intake, org.springframework.jdbc.core.simple.JdbcClient sql) {
        this.http = http;
        this.intake = intake;
        this.sql = sql;
    }

    @Als("de intakemedewerker om advies vraagt met sleutel {string}")
    public void metSleutel(String key) {
        http.send("POST", "/api/v1/assessments", "application/json",
                intake.request().toString().getBytes(StandardCharsets.UTF_8), Map.of("Idempotency-Key", key + "-" + intake.reference()));
        assertThat(http.response().statusCode()).as(http.response().body()).isEqualTo(201);
    }

    @Als("de intakemedewerker een ander verzoek stuurt met sleutel {string}")
    public void anderVerzoek(String key) {
        intake.request().put("age", 31);
        http.send("POST", "/api/v1/assessments", "application/json",
                intake.request().toString().getBytes(StandardCharsets.UTF_8), Map.of("Idempotency-Key", key + "-" + intake.reference()));
    }

    @Dan("is het antwoord hetzelfde advies als het eerste")
    public void hetzelfdeAdvies() {
        assertThat(http.body().path("id").asText()).isEqualTo(given.get(0));
        assertThat(http.response().headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(http.response().headers().firstValue("Location")).contains("/api/v1/assessments/" + given.get(0));
    }

    @Als("de auditor de adviezen van het afgelopen uur exporteert als {string}")
    public void exporteert(String format) {
        http.actAs(nl.wegwijzer.access.TestKeys.AUDITOR);
        String from = java.time.Instant.now().minusSeconds(3600).toString();
        String to = java.time.Instant.now().plusSeconds(60).toString();
        http.get("/api/v1/assessments/export?format=" + format + "&from=" + from + "&to=" + to, Map.of());
        assertThat(http.response().statusCode()).as(http.response().body()).isEqualTo(200);
    }

    @Dan("staan die adviezen in de export, met invoer en advies")
    public void inDeExport() throws Exception {
        assertThat(http.response().headers().firstValue("Content-Type").orElse("")).startsWith("application/x-ndjson");
        List<String> found = new ArrayList<>();
        for (String line : http.response().body().split("\n")) {
            JsonNode row = Http.JSON.readTree(line);
            if (given.contains(row.path("id").asText())) {
                found.add(row.path("id").asText());
                assertThat(row.path("intake").path("municipality").asText()).isEqualTo("Apeldoorn");
                assertThat(row.path("advice").path("decision").path("pathways")).hasSize(9);
            }
        }
        assertThat(found).containsExactlyElementsOf(given);
    }

    @Dan("staan die adviezen in de export als CSV-regels")
    public void inDeCsv() {
        assertThat(http.response().headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        String[] lines = http.response().body().split("\n");
        assertThat(lines[0]).startsWith("id,reference,created_at,rule_set_version");
        for (String id : given) {
            assertThat(lines).anySatisfy(line -> assertThat(line).startsWith(id + "," + intake.reference() + ","));
        }
    }

    @Dan("is dat advies {int} dagen geleden gegeven")
    public void dagenGeleden(int days) {
        // Test-only: the service itself never updates a stored assessment.
        sql.sql("UPDATE assessment SET created_at = ? WHERE id = ?")
                .param(java.sql.Timestamp.from(java.time.Instant.now().minus(java.time.Duration.ofDays(days))))
                .param(java.util.UUID.fromString(given.get(given.size() - 1))).update();
    }

    @Als("de bewaartermijn van {int} dagen wordt toegepast")
    public void bewaartermijn(int days) {
        int deleted = new nl.wegwijzer.audit.Retention(sql, java.time.Clock.systemUTC(), days).apply();
        assertThat(deleted).isPositive();
    }

    @Dan("is het eerste advies verwijderd en het tweede bewaard")
    public void eersteVerwijderd() {
        http.actAs(nl.wegwijzer.access.TestKeys.AUDITOR);
        http.get("/api/v1/assessments/" + given.get(0), Map.of());
        assertThat(http.response().statusCode()).isEqualTo(404);
        http.get("/api/v1/assessments/" + given.get(1), Map.of());
        assertThat(http.response().statusCode()).isEqualTo(200);
    }

    @Dan("onthoudt de auditor dat advies")
    public void onthoudt() {
        given.add(http.body().path("id").asText());
    }

    @Als("de auditor de adviezen met die referentie opvraagt")
    public void adviezenMetDieReferentie() {
        http.actAs(nl.wegwijzer.access.TestKeys.AUDITOR);
        http.get("/api/v1/assessments?reference=" + URLEncoder.encode(intake.reference(), StandardCharsets.UTF_8), Map.of());
    }

    @Als("de auditor de adviezen opvraagt met {string}")
    public void adviezenMet(String query) {
        http.actAs(nl.wegwijzer.access.TestKeys.AUDITOR);
        http.get("/api/v1/assessments?" + query, Map.of());
    }

    @Dan("vindt de auditor precies die adviezen, het nieuwste eerst")
    public void preciesDieAdviezen() {
        assertThat(http.response().statusCode()).isEqualTo(200);
        assertThat(http.body().path("totalItems").asLong()).isEqualTo(given.size());
        List<String> ids = nl.wegwijzer.scenarios.AdviceSteps.codes(http.body().path("items"), "id");
        List<String> newestFirst = new ArrayList<>(given);
        java.util.Collections.reverse(newestFirst);
        assertThat(ids).containsExactlyElementsOf(newestFirst);
        for (JsonNode item : http.body().path("items")) {
            assertThat(item.path("reference").asText()).isEqualTo(intake.reference());
            assertThat(item.path("ruleSetHash").asText()).matches("[0-9a-f]{64}");
        }
    }

    @Dan("draagt het bewaarde advies correlatie-id {string}")
    public void correlatie(String correlationId) {
        assertThat(http.response().headers().firstValue("X-Correlation-ID")).contains(correlationId);
        http.get("/api/v1/assessments?reference=" + URLEncoder.encode(intake.reference(), StandardCharsets.UTF_8), Map.of());
        assertThat(nl.wegwijzer.scenarios.AdviceSteps.codes(http.body().path("items"), "correlationId")).containsExactly(correlationId);
    }
}
