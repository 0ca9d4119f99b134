package nl.wegwijzer.features;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import io.cucumber.java.nl.Als;
import io.cucumber.java.nl.Dan;
import io.cucumber.java.nl.Gegeven;

import io.cucumber.java.After;
import io.cucumber.java.Before;

import java.time.Instant;
import java.time.OffsetDateTime;

import nl.wegwijzer.access.TestKeys;
import nl.wegwijzer.scenarios.AdviceSteps;
import nl.wegwijzer.scenarios.IntakeRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Policy staff change a table as a draft, read its validation and impact, approve, publish,
 * schedule and roll back; intake staff ask advice now and as of a moment.
 */
public class RuleSetSteps {
    private static final java.time.ZoneId NETHERLANDS = java.time.ZoneId.of("Europe/Amsterdam");

    private final Http http;
    private final IntakeRequest intake;
    private String file;
    private String content;
    private String draft;
    private String reason;
    private String baseVersion;
    private JsonNode impact;
    private JsonNode published;
    private Instant publishedAt;
    private Integer baseline;
    private boolean restored = true;

    public RuleSetSteps(Http http, IntakeRequest intake) {
        this.http = http;
        this.intake = intake;
    }

    private static String key(String who) {
        return switch (who) {
            case "beleid" -> TestKeys.POLICY;
            case "beleid B" -> TestKeys.POLICY_B;
            case "medewerker A" -> TestKeys.INTAKE_A;
            default -> throw new IllegalArgumentException("onbekende rol " + who);
        };
    }

    /** Every scenario that publishes leaves the rules as it found them: later scenarios expect the folder's rules. */
    @Before("@publiceert")
    public void remember() {
        baseline = inEffect(Instant.now());
    }

    @After("@publiceert")
    public void restore() throws InterruptedException {
        if (restored) {
            return;
        }
        // A version still scheduled would take effect after the rollback: let it take effect first.
        for (int i = 0; i < 100 && versions().findValues("state").stream().anyMatch(s -> s.asText().equals("SCHEDULED")); i++) {
            Thread.sleep(100);
        }
        http.actAs(TestKeys.POLICY);
        http.send("POST", "/api/v1/rulesets/" + baseline + "/rollback", "application/json",
                "{\"reason\": \"test: back to the rules of before the scenario\"}".getBytes(StandardCharsets.UTF_8), Map.of());
        assertThat(http.status()).as(http.text()).isEqualTo(201);
    }

    private JsonNode versions() {
        http.actAs(TestKeys.AUDITOR);
        http.get("/api/v1/rulesets", Map.of());
        assertThat(http.status()).as(http.text()).isEqualTo(200);
        http.actAs(TestKeys.INTAKE_A);
        return http.body();
    }

    /** The version in effect at a moment, by the listed versions' effective moments (later wins, then higher number). */
    private int inEffect(Instant moment) {
        JsonNode best = null;
        for (JsonNode v : versions()) {
            Instant from = OffsetDateTime.parse(v.path("effectiveFrom").asText()).toInstant();
            if (!from.isAfter(moment) && (best == null
                    || !from.isBefore(OffsetDateTime.parse(best.path("effectiveFrom").asText()).toInstant()))) {
                best = v;
            }
        }
        assertThat(best).as("een versie die gold op %s", moment).isNotNull();
        return best.path("number").asInt();
    }

    @Gegeven("de tabel {string} met {string} vervangen door {string}")
    public void deTabel(String name, String from, String to) throws IOException {
        file = name;
        content = Files.readString(Path.of("rules", name));
        replace(from, to);
    }

    @Gegeven("in die tabel {string} vervangen door {string}")
    public void inDieTabel(String from, String to) {
        replace(from, to);
    }

    private void replace(String from, String to) {
        assertThat(content).as("de tabel bevat de te vervangen tekst").contains(from);
        content = content.replace(from, to);
    }

    @Als("beleid die tabel als concept indient met reden {string}")
    public void beleidDient(String reason) throws IOException {
        submit(TestKeys.POLICY, reason);
    }

    @Als("{string} die tabel als concept indient met reden {string}")
    public void iemandDient(String who, String reason) throws IOException {
        submit(key(who), reason);
    }

    private void submit(String key, String reason) throws IOException {
        this.reason = reason;
        String boundary = "----wegwijzer" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"reason\"\r\n\r\n" + reason + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + file
                + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content.getBytes(StandardCharsets.UTF_8));
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        http.actAs(key);
        http.send("POST", "/api/v1/rulesets/drafts", "multipart/form-data; boundary=" + boundary, body.toByteArray(), Map.of());
        draft = http.response().headers().firstValue("Location").orElse(null);
        baseVersion = http.body().path("baseVersion").asText(null);
        http.actAs(TestKeys.INTAKE_A);
    }

    @Als("beleid de controle van het concept opvraagt")
    public void controle() {
        http.actAs(TestKeys.POLICY);
        http.get(draft + "/validation", Map.of());
        assertThat(http.response().statusCode()).as(http.response().body()).isEqualTo(200);
        http.actAs(TestKeys.INTAKE_A);
    }

    @Als("beleid de impact van het concept opvraagt")
    public void impact() {
        http.actAs(TestKeys.POLICY);
        http.send("POST", draft + "/impact", null, null, Map.of());
        assertThat(http.status()).as(http.text()).isEqualTo(200);
        impact = http.body();
        http.actAs(TestKeys.INTAKE_A);
    }

    @Dan("verandert het concept het advies van ten minste {int} eerdere beoordeling")
    public void verandert(int atLeast) {
        assertThat(impact.path("changed").asInt()).as("impact: %s", impact).isGreaterThanOrEqualTo(atLeast)
                .isLessThanOrEqualTo(impact.path("assessments").asInt());
    }

    @Dan("gaat {string} bij ten minste {int} persoon van {string} naar {string}")
    public void overgang(String pathway, int atLeast, String from, String to) {
        assertThat(impact.path("transitions")).as("overgangen: %s", impact.path("transitions")).anySatisfy(t -> {
            assertThat(t.path("pathway").asText()).isEqualTo(pathway);
            assertThat(t.path("from").asText()).isEqualTo(AdviceSteps.status(from));
            assertThat(t.path("to").asText()).isEqualTo(AdviceSteps.status(to));
            assertThat(t.path("count").asInt()).isGreaterThanOrEqualTo(atLeast);
        });
    }

    @Dan("noemt de impact een voorbeeld waarin {string} verandert")
    public void voorbeeld(String path) {
        assertThat(impact.path("samples")).as("voorbeelden").anySatisfy(sample -> {
            assertThat(AdviceSteps.codes(sample.path("differences"), "path")).contains(path);
            // Policy staff may not read stored assessments: a sample is its differences only.
            assertThat(sample.has("assessmentId")).isFalse();
        });
    }

    @Dan("slagen onder het concept niet alle scenario's: een mislukt in {string}")
    public void scenarios(String feature) {
        JsonNode report = impact.path("scenarios");
        assertThat(report.path("passed").asInt()).as("scenario's: %s", report).isPositive();
        assertThat(report.path("failed").asInt()).as("scenario's: %s", report).isPositive();
        assertThat(AdviceSteps.codes(report.path("failures"), "feature")).contains(feature);
    }

    @Als("{string} het concept goedkeurt")
    public void goedkeuren(String who) {
        http.actAs(key(who));
        http.send("POST", draft + "/approval", "application/json", "{}".getBytes(StandardCharsets.UTF_8), Map.of());
        http.actAs(TestKeys.INTAKE_A);
    }

    @Als("beleid het concept goedkeurt")
    public void zelfGoedkeuren() {
        goedkeuren("beleid");
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
        publishedAt = Instant.now();
        http.send("POST", draft + "/publication", "application/json",
                ("{\"effectiveFrom\": \"" + effectiveFrom + "\"}").getBytes(StandardCharsets.UTF_8), Map.of());
        if (http.status() == 201) {
            published = http.body();
            restored = false;
        }
        http.actAs(TestKeys.INTAKE_A);
    }

    @Dan("is de nieuwe versie gepland, met auteur {string}, goedkeurder {string} en de reden")
    public void gepland(String author, String approver) {
        JsonNode version = published;
        assertThat(version.path("state").asText()).isEqualTo("SCHEDULED");
        assertThat(version.path("author").asText()).isEqualTo(author);
        assertThat(version.path("approver").asText()).isEqualTo(approver);
        assertThat(version.path("reason").asText()).isEqualTo(reason);
        assertThat(version.path("number").asInt()).isGreaterThan(Integer.parseInt(baseVersion));
        JsonNode listed = null;
        for (JsonNode v : versions()) {
            if (v.path("number").asInt() == version.path("number").asInt()) {
                listed = v;
            }
        }
        assertThat(listed).as("de versie staat in de lijst").isNotNull();
        assertThat(listed.path("approver").asText()).isEqualTo(approver);
    }

    @Dan("noemt de nieuwe versie de gewijzigde rij van {string}")
    public void gewijzigdeRij(String name) {
        assertThat(published.path("changes")).hasSize(1);
        JsonNode change = published.path("changes").get(0);
        assertThat(change.path("file").asText()).isEqualTo(name);
        assertThat(change.path("change").asText()).isEqualTo("CHANGED");
        assertThat(AdviceSteps.codes(change.path("lines"), "kind")).containsExactly("REMOVED", "REMOVED", "ADDED", "ADDED");
        assertThat(AdviceSteps.codes(change.path("lines"), "text")).allSatisfy(text -> assertThat(text).contains("Perspectiefgroep"));
    }

    @Als("de ingangsdatum van de nieuwe versie voorbij is")
    public void voorbij() throws InterruptedException {
        Instant effective = OffsetDateTime.parse(published.path("effectiveFrom").asText()).toInstant();
        while (Instant.now().isBefore(effective.plusMillis(50))) {
            Thread.sleep(50);
        }
    }

    @Dan("noemt het advies de nieuwe versie")
    public void nieuweVersie() {
        assertThat(http.body().path("ruleSetVersion").asText()).isEqualTo(published.path("number").asText());
    }

    @Dan("noemt het advies de versie van voor de wijziging")
    public void oudeVersie() {
        assertThat(http.body().path("ruleSetVersion").asText()).isEqualTo(baseVersion);
    }

    @Als("de intakemedewerker om advies vraagt per het moment van publicatie")
    public void perPublicatie() {
        asOf(publishedAt.toString());
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
        int expected = inEffect(java.time.LocalDate.parse(date).atStartOfDay(NETHERLANDS).toInstant());
        assertThat(advice.path("ruleSetVersion").asText()).isEqualTo(String.valueOf(expected));
        assertThat(advice.path("asOf").asText()).isNotEmpty();
    }

    @Als("beleid de versie van voor de wijziging terugzet met reden {string}")
    public void terugzetten(String why) {
        http.actAs(TestKeys.POLICY);
        http.send("POST", "/api/v1/rulesets/" + baseVersion + "/rollback", "application/json",
                ("{\"reason\": \"" + why + "\"}").getBytes(StandardCharsets.UTF_8), Map.of());
        if (http.status() == 201) {
            assertThat(http.body().path("rollbackOf").asText()).isEqualTo(baseVersion);
            assertThat(http.body().path("state").asText()).isEqualTo("IN_EFFECT");
            restored = true;
        }
        http.actAs(TestKeys.INTAKE_A);
    }

    @Dan("noemt de weigering {string}")
    public void weigering(String where) {
        assertThat(AdviceSteps.codes(http.body().path("errors"), "detail")).as("%s", http.body())
                .anySatisfy(detail -> assertThat(detail).startsWith(where));
    }

    @Dan("zegt het probleembericht {string}")
    public void zegt(String words) {
        assertThat(http.body().path("detail").asText()).contains(words);
    }

    @Dan("noemt het probleem de parameter {string}")
    public void parameter(String name) {
        assertThat(AdviceSteps.codes(http.body().path("errors"), "field")).as("%s", http.body()).contains(name);
    }

    @Dan("noemt het antwoord {string} het nummer van de versie die nu geldt")
    public void versieDieNuGeldt(String field) {
        JsonNode answer = http.body();
        assertThat(answer.path(field).asText()).isEqualTo(String.valueOf(inEffect(Instant.now())));
    }

    @Dan("is het concept geldig")
    public void geldig() {
        assertThat(http.body().path("valid").asBoolean()).as("controle: %s", http.body()).isTrue();
    }

    @Dan("is het concept niet geldig")
    public void nietGeldig() {
        assertThat(http.body().path("valid").asBoolean()).isFalse();
    }

    @Dan("noemt de controle een fout in {string} op rij {int}, kolom {string}")
    public void fout(String name, int row, String column) {
        assertThat(http.body().path("errors")).as("fouten: %s", http.body().path("errors")).anySatisfy(e -> {
            assertThat(e.path("file").asText()).isEqualTo(name);
            assertThat(e.path("row").asInt()).isEqualTo(row);
            assertThat(e.path("column").asText()).isEqualTo(column);
            assertThat(e.path("message").asText()).isNotBlank();
        });
    }

    @Dan("noemt de controle een gat in {string} voor {string} met voorbeeld {string} = {string}")
    public void gat(String name, String group, String field, String value) {
        assertThat(http.body().path("gaps")).as("gaten: %s", http.body().path("gaps")).anySatisfy(g -> {
            assertThat(g.path("file").asText()).isEqualTo(name);
            assertThat(g.path("group").asText()).isEqualTo(group);
            assertThat(g.path("example").path(field).asText()).isEqualTo(value);
        });
    }

    @Dan("noemt de controle een overlap in {string} van de rijen {int} en {int}")
    public void overlap(String name, int first, int second) {
        assertThat(http.body().path("overlaps")).as("overlappen: %s", http.body().path("overlaps")).anySatisfy(o -> {
            assertThat(o.path("file").asText()).isEqualTo(name);
            assertThat(AdviceSteps.texts(o.path("rows"))).containsExactly(String.valueOf(first), String.valueOf(second));
        });
    }
}
