package nl.wegwijzer.features;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.cucumber.java.nl.Als;
import io.cucumber.java.nl.Dan;

import static org.assertj.core.api.Assertions.assertThat;

/** The officer's decision next to the advice. */
public class DecisionSteps {
    private final Http http;
    private String assessment;

    public DecisionSteps(Http http) {
        this.http = http;
    }

    private String assessment() {
        if (assessment == null) {
            assessment = http.response().headers().firstValue("Location").orElseThrow(() -> new AssertionError("no advice given yet"));
        }
        return assessment;
    }

    private void decide(String path, String pathway, String outcome, String reason) {
        ObjectNode body = Http.JSON.createObjectNode();
        body.putArray("pathways").add(pathway);
        body.put("outcome", outcome);
        if (reason != null) {
            body.put("reason", reason);
        }
        http.send("PUT", path + "/decision", "application/json", body.toString().getBytes(StandardCharsets.UTF_8), Map.of());
    }

    @Als("de medewerker besluit tot {string} en het advies volgt")
    public void volgt(String pathway) {
        decide(assessment(), pathway, "FOLLOWED", null);
    }

    @Als("de medewerker besluit tot {string} en afwijkt omdat {string}")
    public void wijktAf(String pathway, String reason) {
        decide(assessment(), pathway, "OVERRIDDEN", reason);
    }

    @Als("de medewerker besluit over advies {string}")
    public void overAdvies(String id) {
        decide("/api/v1/assessments/" + id, "VIP", "FOLLOWED", null);
    }

    @Dan("staat het besluit {string} met {string} bij het advies")
    public void staatBesluit(String outcome, String pathway) {
        http.get(assessment() + "/decisions", Map.of());
        JsonNode last = last();
        assertThat(last.path("outcome").asText()).isEqualTo(outcome);
        assertThat(nl.wegwijzer.scenarios.AdviceSteps.texts(last.path("pathways"))).containsExactly(pathway);
    }

    @Dan("staan er {int} besluiten bij het advies, het laatste vervangt het eerste")
    public void staanBesluiten(int count) {
        http.get(assessment() + "/decisions", Map.of());
        List<String> ids = nl.wegwijzer.scenarios.AdviceSteps.codes(http.body(), "id");
        assertThat(ids).hasSize(count);
        assertThat(last().path("supersedes").asText()).isEqualTo(ids.get(count - 2));
        assertThat(http.body().get(0).has("supersedes")).as("the first decision supersedes none (left out)").isFalse();
    }

    private JsonNode last() {
        assertThat(http.body().isArray()).as("besluiten: %s", http.body()).isTrue();
        return http.body().get(http.body().size() - 1);
    }
}
