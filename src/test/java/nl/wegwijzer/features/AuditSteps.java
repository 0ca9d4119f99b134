package nl.wegwijzer.features;

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
    private final Intake intake;
    private final List<String> given = new ArrayList<>();

    public AuditSteps(Http http, Intake intake) {
        this.http = http;
        this.intake = intake;
    }

    @Dan("onthoudt de auditor dat advies")
    public void onthoudt() {
        given.add(http.body().path("id").asText());
    }

    @Als("de auditor de adviezen met die referentie opvraagt")
    public void adviezenMetDieReferentie() {
        http.get("/api/v1/assessments?reference=" + URLEncoder.encode(intake.reference(), StandardCharsets.UTF_8), Map.of());
    }

    @Als("de auditor de adviezen opvraagt met {string}")
    public void adviezenMet(String query) {
        http.get("/api/v1/assessments?" + query, Map.of());
    }

    @Dan("vindt de auditor precies die adviezen, het nieuwste eerst")
    public void preciesDieAdviezen() {
        assertThat(http.response().statusCode()).isEqualTo(200);
        assertThat(http.body().path("totalItems").asLong()).isEqualTo(given.size());
        List<String> ids = AdviceSteps.codes(http.body().path("items"), "id");
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
        assertThat(AdviceSteps.codes(http.body().path("items"), "correlationId")).containsExactly(correlationId);
    }
}
