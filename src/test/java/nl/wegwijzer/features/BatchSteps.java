package nl.wegwijzer.features;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.cucumber.java.nl.Als;
import io.cucumber.java.nl.Dan;

import static org.assertj.core.api.Assertions.assertThat;

/** Batches sent by a municipal case system, and their progress. */
public class BatchSteps {
    private final Http http;
    private String batch;

    public BatchSteps(Http http) {
        this.http = http;
    }

    @Als("het zaaksysteem deze batch stuurt als {string}:")
    public void dezeBatch(String contentType, String body) {
        send(contentType, body);
    }

    @Als("het zaaksysteem een batch van {int} intakes stuurt waarvan {int} fout")
    public void grooteBatch(int total, int bad) {
        StringBuilder lines = new StringBuilder();
        String[] levels = {"A0", "A1", "A2", "B1", "B2", "C1", "C2"};
        String[] places = {"Den Haag", "Apeldoorn", "Utrecht", "Nergenshuizen"};
        int step = total / bad;
        for (int i = 1; i <= total; i++) {
            boolean wrong = i % step == 0 && i / step <= bad;
            lines.append(wrong
                    ? "{\"municipality\": \"Den Haag\", \"age\": 30, \"languageLevel\": \"X" + i + "\"}"
                    : "{\"reference\": \"BATCH-" + i + "\", \"municipality\": \"" + places[i % places.length] + "\", \"age\": "
                    + (18 + i % 50) + ", \"languageLevel\": \"" + levels[i % levels.length] + "\"}").append('\n');
        }
        send("application/x-ndjson", lines.toString());
    }

    private void send(String contentType, String body) {
        http.actAs(nl.wegwijzer.access.TestKeys.SYSTEM_A);
        http.send("POST", "/api/v1/assessment-batches", contentType, body.getBytes(StandardCharsets.UTF_8), Map.of());
        batch = http.response().headers().firstValue("Location").orElse(null);
    }

    @Als("de batch klaar is")
    public void klaar() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        do {
            http.get(batch, Map.of());
            if ("DONE".equals(http.body().path("status").asText())) {
                return;
            }
            Thread.sleep(100);
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError("batch not done in time: " + http.body());
    }

    @Dan("zijn {int} regels verwerkt: {int} geadviseerd en {int} mislukt")
    public void verwerkt(int total, int succeeded, int failed) {
        JsonNode job = http.body();
        assertThat(job.path("total").asInt()).isEqualTo(total);
        assertThat(job.path("processed").asInt()).isEqualTo(total);
        assertThat(job.path("succeeded").asInt()).isEqualTo(succeeded);
        assertThat(job.path("failed").asInt()).isEqualTo(failed);
        assertThat(job.path("results")).hasSize(succeeded);
        assertThat(job.path("failures")).hasSize(failed);
    }

    @Dan("is regel {int} mislukt op het veld {string}")
    public void mislukt(int line, String pointer) {
        assertThat(nl.wegwijzer.scenarios.AdviceSteps.codes(failure(line).path("errors"), "pointer")).contains(pointer);
    }

    @Dan("is regel {int} mislukt als kapotte JSON")
    public void kapot(int line) {
        assertThat(failure(line).path("errors").get(0).path("detail").asText()).startsWith("not well-formed JSON");
    }

    @Dan("is het advies van regel {int} terug te lezen")
    public void terugTeLezen(int line) {
        for (JsonNode result : http.body().path("results")) {
            if (result.path("line").asInt() == line) {
                http.get("/api/v1/assessments/" + result.path("assessmentId").asText(), Map.of());
                assertThat(http.response().statusCode()).isEqualTo(200);
                return;
            }
        }
        throw new AssertionError("no result for line " + line);
    }

    private JsonNode failure(int line) {
        for (JsonNode failure : http.body().path("failures")) {
            if (failure.path("line").asInt() == line) {
                return failure;
            }
        }
        throw new AssertionError("line " + line + " did not fail: " + http.body().path("failures"));
    }
}
