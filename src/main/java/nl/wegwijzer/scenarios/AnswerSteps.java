package nl.wegwijzer.scenarios;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.cucumber.java.nl.Als;
import io.cucumber.java.nl.Dan;

import static org.assertj.core.api.Assertions.assertThat;

/** A raw request and the plain facts of its answer: status and a field. */
public class AnswerSteps {
    private final Exchange http;

    public AnswerSteps(Exchange http) {
        this.http = http;
    }

    @Als("de intakemedewerker dit verzoek stuurt:")
    public void ditVerzoekStuurt(String body) {
        http.send("POST", "/api/v1/assessments", "application/json", body.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    @Dan("antwoordt de dienst met status {int}")
    public void antwoordtMetStatus(int status) {
        assertThat(http.status()).as("antwoord: %s", http.text()).isEqualTo(status);
        assertThat(http.header("API-Version")).as("API-Version-header").isPresent();
    }

    @Dan("noemt het antwoord {string} als {string}")
    public void noemtHetAntwoord(String field, String value) {
        JsonNode node = http.body();
        for (String part : field.split("\\.")) {
            node = node.path(part);
        }
        assertThat(node.asText()).isEqualTo(value);
    }
}
