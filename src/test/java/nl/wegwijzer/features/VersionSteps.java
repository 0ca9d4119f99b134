package nl.wegwijzer.features;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.cucumber.java.After;
import io.cucumber.java.Before;
import io.cucumber.java.nl.Als;
import io.cucumber.java.nl.Dan;

import nl.wegwijzer.access.TestKeys;
import nl.wegwijzer.scenarios.AdviceSteps;
import nl.wegwijzer.scenarios.IntakeRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An approved draft published now or at a later moment, the versions that result, advice as of a
 * moment, and rolling back.
 */
public class VersionSteps {
    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    private final Http http;
    private final IntakeRequest intake;
    private final RuleChange change;

    public VersionSteps(Http http, IntakeRequest intake, RuleChange change) {
        this.http = http;
        this.intake = intake;
        this.change = change;
    }

    /** Every scenario that publishes leaves the rules as it found them: later scenarios expect the folder's rules. */
    @Before("@publiceert")
    public void remember() {
        change.baseline(Versions.inEffect(http, Instant.now()));
    }

    @After("@publiceert")
    public void restore() throws InterruptedException {
        if (change.restored()) {
            return;
        }
        // A version still scheduled would take effect after the rollback: let it take effect first.
        for (int i = 0; i < 100 && Versions.list(http).findValues("state").stream().anyMatch(s -> s.asText().equals("SCHEDULED")); i++) {
            Thread.sleep(100);
        }
        http.actAs(TestKeys.POLICY);
        http.send("POST", "/api/v1/rulesets/" + change.baseline() + "/rollback", "application/json",
                "{\"reason\": \"test: back to the rules of before the scenario\"}".getBytes(StandardCharsets.UTF_8), Map.of());
        assertThat(http.status()).as(http.text()).isEqualTo(201);
    }

    @Als("beleid het concept publiceert met ingang over {int} seconden")
    public void publicerenOver(int seconds) {
        publish(OffsetDateTime.now().plusSeconds(seconds).toString());
    }

    @Als("beleid het concept publiceert met ingang nu")
    public void publicerenNu() {
        publish(OffsetDateTime.now().toString());
    }

    @Als("beleid het concept publiceert met ingang {string}")
    public void publicerenOp(String moment) {
        publish(moment);
    }

    private void publish(String effectiveFrom) {
        http.actAs(TestKeys.POLICY);
        change.publishedAt(Instant.now());
        http.send("POST", change.draft() + "/publication", "application/json",
                ("{\"effectiveFrom\": \"" + effectiveFrom + "\"}").getBytes(StandardCharsets.UTF_8), Map.of());
        if (http.status() == 201) {
            change.published(http.body());
            change.restored(false);
        }
        http.actAs(TestKeys.INTAKE_A);
    }

    @Dan("is de nieuwe versie gepland, met auteur {string}, goedkeurder {string} en de reden")
    public void gepland(String author, String approver) {
        JsonNode version = change.published();
        assertThat(version.path("state").asText()).isEqualTo("SCHEDULED");
        assertThat(version.path("author").asText()).isEqualTo(author);
        assertThat(version.path("approver").asText()).isEqualTo(approver);
        assertThat(version.path("reason").asText()).isEqualTo(change.reason());
        assertThat(version.path("number").asInt()).isGreaterThan(Integer.parseInt(change.baseVersion()));
        JsonNode listed = null;
        for (JsonNode v : Versions.list(http)) {
            if (v.path("number").asInt() == version.path("number").asInt()) {
                listed = v;
            }
        }
        assertThat(listed).as("de versie staat in de lijst").isNotNull();
        assertThat(listed.path("approver").asText()).isEqualTo(approver);
    }

    @Dan("noemt de nieuwe versie de gewijzigde rijen van {string} en het gewijzigde scenario {string}")
    public void gewijzigdeRijen(String table, String feature) {
        assertThat(AdviceSteps.codes(change.published().path("changes"), "file")).containsExactlyInAnyOrder(table, feature);
        for (JsonNode file : change.published().path("changes")) {
            assertThat(file.path("change").asText()).isEqualTo("CHANGED");
            if (file.path("file").asText().equals(table)) {
                assertThat(AdviceSteps.codes(file.path("lines"), "kind")).containsExactly("REMOVED", "REMOVED", "ADDED", "ADDED");
                assertThat(AdviceSteps.codes(file.path("lines"), "text")).allSatisfy(t -> assertThat(t).contains("Perspectiefgroep"));
            }
        }
    }

    @Als("de ingangsdatum van de nieuwe versie voorbij is")
    public void voorbij() throws InterruptedException {
        Instant effective = OffsetDateTime.parse(change.published().path("effectiveFrom").asText()).toInstant();
        while (Instant.now().isBefore(effective.plusMillis(50))) {
            Thread.sleep(50);
        }
    }

    @Dan("noemt het advies de nieuwe versie")
    public void nieuweVersie() {
        assertThat(http.body().path("ruleSetVersion").asText()).isEqualTo(change.published().path("number").asText());
    }

    @Dan("noemt het advies de versie van voor de wijziging")
    public void oudeVersie() {
        assertThat(http.body().path("ruleSetVersion").asText()).isEqualTo(change.baseVersion());
    }

    @Als("de intakemedewerker om advies vraagt per het moment van publicatie")
    public void perPublicatie() {
        asOf(change.publishedAt().toString());
        assertThat(http.status()).as(http.text()).isEqualTo(201);
    }

    @Als("de intakemedewerker om advies vraagt per {string}")
    public void per(String moment) {
        asOf(moment);
    }

    private void asOf(String moment) {
        http.actAs(TestKeys.INTAKE_A);
        http.send("POST", "/api/v1/assessments?asOf=" + java.net.URLEncoder.encode(moment, StandardCharsets.UTF_8),
                "application/json", intake.request().toString().getBytes(StandardCharsets.UTF_8), Map.of());
    }

    @Dan("noemt het advies de versie die op {string} gold")
    public void versieOp(String date) {
        JsonNode advice = http.body();
        int expected = Versions.inEffect(http, java.time.LocalDate.parse(date).atStartOfDay(NETHERLANDS).toInstant());
        assertThat(advice.path("ruleSetVersion").asText()).isEqualTo(String.valueOf(expected));
        assertThat(advice.path("asOf").asText()).isNotEmpty();
    }

    @Als("beleid de versie van voor de wijziging terugzet met reden {string}")
    public void terugzetten(String why) {
        http.actAs(TestKeys.POLICY);
        http.send("POST", "/api/v1/rulesets/" + change.baseVersion() + "/rollback", "application/json",
                ("{\"reason\": \"" + why + "\"}").getBytes(StandardCharsets.UTF_8), Map.of());
        if (http.status() == 201) {
            assertThat(http.body().path("rollbackOf").asText()).isEqualTo(change.baseVersion());
            assertThat(http.body().path("state").asText()).isEqualTo("IN_EFFECT");
            change.restored(true);
        }
        http.actAs(TestKeys.INTAKE_A);
    }

    @Dan("noemt het probleem de parameter {string}")
    public void parameter(String name) {
        assertThat(AdviceSteps.codes(http.body().path("errors"), "field")).as("%s", http.body()).contains(name);
    }

    @Dan("noemt het antwoord {string} het nummer van de versie die nu geldt")
    public void versieDieNuGeldt(String field) {
        JsonNode answer = http.body();
        assertThat(answer.path(field).isInt()).as("%s is a number: %s", field, answer).isTrue();
        assertThat(answer.path(field).asInt()).isEqualTo(Versions.inEffect(http, Instant.now()));
    }
}
