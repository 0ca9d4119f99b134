package nl.wegwijzer.features;

import nl.wegwijzer.scenarios.IntakeRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.cucumber.java.nl.Als;
import io.cucumber.java.nl.Dan;

import static org.assertj.core.api.Assertions.assertThat;

/** Raw requests and what the service answers: statuses, headers, problem details, the contract. */
public class ApiSteps {
    private final Http http;
    private final IntakeRequest intake;

    public ApiSteps(Http http, IntakeRequest intake) {
        this.http = http;
        this.intake = intake;
    }

    @Als("^de intakemedewerker als verzoek stuurt: (.*)$")
    public void alsVerzoekStuurt(String body) {
        http.send("POST", "/api/v1/assessments", "application/json", body.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    @Als("de intakemedewerker een leeg verzoek stuurt")
    public void leegVerzoek() {
        alsVerzoekStuurt("");
    }

    @Als("de intakemedewerker een verzoek van {int} KiB stuurt")
    public void verzoekVanKib(int kib) {
        String padding = "x".repeat(kib * 1024);
        String body = "{\"municipality\":\"Den Haag\",\"age\":30,\"languageLevel\":\"A2\",\"education\":{\"subject\":\"" + padding + "\"}}";
        http.send("POST", "/api/v1/assessments", "application/json", body.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    @Als("de intakemedewerker de nieuwkomer stuurt als {string}")
    public void stuurtAls(String contentType) {
        http.send("POST", "/api/v1/assessments", contentType,
                intake.request().toString().getBytes(StandardCharsets.UTF_8), Map.of());
    }

    @Als("de intakemedewerker {string} opvraagt")
    public void opvraagt(String path) {
        http.get(path, Map.of());
    }

    @Als("de intakemedewerker dat advies opnieuw opvraagt")
    public void datAdviesOpnieuw() {
        http.get(location(), Map.of());
    }

    @Als("de intakemedewerker dat advies in het Engels opvraagt")
    public void datAdviesInHetEngels() {
        http.get(location(), Map.of("Accept-Language", "en"));
    }

    @Als("de intakemedewerker dat advies opnieuw laat beslissen")
    public void opnieuwLatenBeslissen() {
        http.send("POST", location() + "/replay", null, null, Map.of());
    }

    @Dan("is het opnieuw beslist advies gelijk aan het bewaarde, onder de regelset van toen en van nu")
    public void gelijkOnderToenEnNu() {
        for (String which : List.of("original", "current")) {
            JsonNode outcome = http.body().path(which);
            assertThat(outcome.path("identical").asBoolean()).as("%s: %s", which, outcome).isTrue();
            assertThat(outcome.path("differences")).isEmpty();
            assertThat(outcome.path("ruleSetHash").asText()).matches("[0-9a-f]{64}");
        }
    }

    private String location() {
        return http.response().headers().firstValue("Location")
                .orElseThrow(() -> new AssertionError("geen Location-header"));
    }

    @Dan("is het antwoord een probleembericht")
    public void probleembericht() {
        assertThat(http.response().headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode problem = http.body();
        assertThat(problem.path("status").asInt()).isEqualTo(http.response().statusCode());
        assertThat(problem.path("title").asText()).isNotBlank();
        assertThat(problem.path("detail").asText()).isNotBlank();
        assertThat(http.response().body()).doesNotContain("Exception", "\tat ", "trace");
    }

    @Dan("noemt het probleem het veld {string}")
    public void noemtHetVeld(String pointer) {
        assertThat(nl.wegwijzer.scenarios.AdviceSteps.codes(http.body().path("errors"), "pointer")).as("velden in %s", http.body()).contains(pointer);
        for (JsonNode error : http.body().path("errors")) {
            assertThat(error.path("detail").asText()).isNotBlank();
        }
    }

    @Dan("noemt het probleem {int} velden")
    public void noemtVelden(int count) {
        assertThat(http.body().path("errors")).as("fouten in %s", http.body()).hasSize(count);
    }

    @Dan("wijst de Location-header naar het advies")
    public void locationHeader() {
        assertThat(location()).isEqualTo("/api/v1/assessments/" + http.body().path("id").asText());
    }

    @Dan("is de tekst van het antwoord YAML met {string}")
    public void yamlMet(String text) {
        assertThat(http.response().headers().firstValue("Content-Type").orElse("")).startsWith("application/yaml");
        assertThat(http.response().body()).startsWith("openapi:").contains(text);
    }

    @Dan("noemt de catalogus de trajecten:")
    public void catalogus(List<String> codes) {
        assertThat(nl.wegwijzer.scenarios.AdviceSteps.codes(http.body(), "code")).containsExactlyElementsOf(codes);
        for (JsonNode p : http.body()) {
            assertThat(p.path("name").asText()).isNotBlank();
            assertThat(p.path("source").asText()).isNotBlank();
            assertThat(p.path("description").asText()).isNotBlank();
        }
    }

    @Dan("is {string} alleen beschikbaar in {string}")
    public void alleenBeschikbaarIn(String code, String municipality) {
        for (JsonNode p : http.body()) {
            if (p.path("code").asText().equals(code)) {
                assertThat(p.path("availableEverywhere").asBoolean()).isFalse();
                assertThat(nl.wegwijzer.scenarios.AdviceSteps.codes(p.path("availableIn"), "name")).containsExactly(municipality);
                return;
            }
        }
        throw new AssertionError(code + " niet in de catalogus");
    }
}
