package nl.wegwijzer.features;

import nl.wegwijzer.scenarios.IntakeRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import io.cucumber.java.nl.Als;
import io.cucumber.java.nl.Dan;

import nl.wegwijzer.access.TestKeys;

import static org.assertj.core.api.Assertions.assertThat;

/** Who acts, with which key. */
public class AccessSteps {
    private static final Map<String, String> KEYS = Map.of(
            "medewerker A", TestKeys.INTAKE_A,
            "medewerker B", TestKeys.INTAKE_B,
            "het zaaksysteem", TestKeys.SYSTEM_A,
            "de auditor", TestKeys.AUDITOR,
            "beleid", TestKeys.POLICY,
            "een onbekende", "wgw_dit-is-geen-sleutel");

    private final Http http;
    private final IntakeRequest intake;
    private String advice;

    public AccessSteps(Http http, IntakeRequest intake) {
        this.http = http;
        this.intake = intake;
    }

    private void as(String who) {
        if (!who.equals("niemand") && !KEYS.containsKey(who)) {
            throw new IllegalArgumentException("Onbekend wie: " + who + "; bekend: " + KEYS.keySet());
        }
        http.actAs(who.equals("niemand") ? null : KEYS.get(who));
    }

    @Als("{string} de nieuwkomer stuurt")
    public void stuurt(String who) {
        as(who);
        http.send("POST", "/api/v1/assessments", "application/json",
                intake.request().toString().getBytes(StandardCharsets.UTF_8), Map.of());
    }

    @Als("{string} {string} opvraagt met {string}")
    public void opvraagtMet(String who, String path, String method) {
        as(who);
        boolean body = !method.equals("GET");
        http.send(method, path, body ? "application/json" : null, body ? "{}".getBytes(StandardCharsets.UTF_8) : null, Map.of());
    }

    @Als("{string} dat advies opvraagt")
    public void datAdvies(String who) {
        if (advice == null) {
            advice = http.response().headers().firstValue("Location").orElseThrow();
        }
        as(who);
        http.get(advice, Map.of());
    }

    @Als("{string} de adviezen met die referentie zoekt")
    public void zoekt(String who) {
        as(who);
        http.get("/api/v1/assessments?reference=" + intake.reference(), Map.of());
    }

    @Dan("vindt die geen adviezen")
    public void geenAdviezen() {
        assertThat(http.response().statusCode()).isEqualTo(200);
        assertThat(http.body().path("totalItems").asLong()).isZero();
    }

    @Dan("telt de statistiek minstens {int} advies met {string} per status")
    public void statistiek(int minimum, String code) {
        assertThat(http.body().path("assessments").asLong()).isGreaterThanOrEqualTo(minimum);
        for (com.fasterxml.jackson.databind.JsonNode p : http.body().path("pathways")) {
            if (p.path("code").asText().equals(code)) {
                long sum = p.path("recommended").asLong() + p.path("eligible").asLong() + p.path("notEligible").asLong()
                        + p.path("undetermined").asLong();
                assertThat(sum).isEqualTo(http.body().path("assessments").asLong());
                return;
            }
        }
        throw new AssertionError(code + " not counted: " + http.body());
    }

    @Dan("noemt de statistiek geen referentie")
    public void geenReferentie() {
        assertThat(http.response().body()).doesNotContain(intake.reference());
    }

    @Dan("draagt het antwoord de beveiligingskoppen")
    public void beveiligingskoppen() {
        var headers = http.response().headers();
        assertThat(headers.firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(headers.firstValue("X-Frame-Options")).contains("DENY");
        assertThat(headers.firstValue("Content-Security-Policy")).isPresent();
        assertThat(headers.firstValue("Cache-Control")).contains("no-store");
    }
}
