package nl.wegwijzer.features;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

import io.cucumber.java.nl.Als;
import io.cucumber.java.nl.Dan;
import io.cucumber.java.nl.Gegeven;

import nl.wegwijzer.access.TestKeys;
import nl.wegwijzer.scenarios.AdviceSteps;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Policy staff upload changed tables and scenarios as a draft, read its validation and impact, and
 * approve it; refusals name file, row and column.
 */
public class DraftSteps {
    private final Http http;
    private final RuleChange change;
    private String file;

    public DraftSteps(Http http, RuleChange change) {
        this.http = http;
        this.change = change;
    }

    static String key(String who) {
        return switch (who) {
            case "beleid" -> TestKeys.POLICY;
            case "beleid B" -> TestKeys.POLICY_B;
            case "medewerker A" -> TestKeys.INTAKE_A;
            default -> throw new IllegalArgumentException("onbekende rol " + who);
        };
    }

    @Gegeven("de gewijzigde bestanden in {string}")
    public void bestanden(String folder) throws IOException {
        try (Stream<Path> files = Files.list(Path.of(folder))) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                if (!f.getFileName().toString().equals("README.md")) {
                    change.files().put(f.getFileName().toString(), Files.readString(f));
                }
            }
        }
        assertThat(change.files()).isNotEmpty();
    }

    @Gegeven("alleen de tabel {string} daaruit")
    public void alleenDeTabel(String name) {
        change.files().keySet().removeIf(n -> !n.equals(name));
        assertThat(change.files()).containsKey(name);
    }

    @Gegeven("de tabel {string} met {string} vervangen door {string}")
    public void deTabel(String name, String from, String to) throws IOException {
        file = name;
        change.files().clear();
        change.files().put(name, Files.readString(Path.of("rules", name)));
        replace(from, to);
    }

    @Gegeven("in die tabel {string} vervangen door {string}")
    public void inDieTabel(String from, String to) {
        replace(from, to);
    }

    private void replace(String from, String to) {
        String content = change.files().get(file);
        assertThat(content).as("de tabel bevat de te vervangen tekst").contains(from);
        change.files().put(file, content.replace(from, to));
    }

    @Als("beleid die bestanden als concept indient met reden {string}")
    @Als("beleid die tabel als concept indient met reden {string}")
    public void beleidDient(String reason) throws IOException {
        submit(TestKeys.POLICY, reason);
    }

    @Als("{string} die tabel als concept indient met reden {string}")
    public void iemandDient(String who, String reason) throws IOException {
        submit(key(who), reason);
    }

    private void submit(String key, String reason) throws IOException {
        change.reason(reason);
        String boundary = "----wegwijzer" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"reason\"\r\n\r\n" + reason + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        for (Map.Entry<String, String> upload : change.files().entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + upload.getKey()
                    + "\"\r\nContent-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(upload.getValue().getBytes(StandardCharsets.UTF_8));
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        http.actAs(key);
        http.send("POST", "/api/v1/rulesets/drafts", "multipart/form-data; boundary=" + boundary, body.toByteArray(), Map.of());
        change.draft(http.response().headers().firstValue("Location").orElse(null));
        change.baseVersion(http.body().path("baseVersion").asText(null));
        http.actAs(TestKeys.INTAKE_A);
    }

    @Als("beleid de controle van het concept opvraagt")
    public void controle() {
        http.actAs(TestKeys.POLICY);
        http.get(change.draft() + "/validation", Map.of());
        assertThat(http.response().statusCode()).as(http.response().body()).isEqualTo(200);
        http.actAs(TestKeys.INTAKE_A);
    }

    @Als("beleid de impact van het concept opvraagt")
    public void impact() {
        http.actAs(TestKeys.POLICY);
        http.send("POST", change.draft() + "/impact", null, null, Map.of());
        assertThat(http.status()).as(http.text()).isEqualTo(200);
        change.impact(http.body());
        http.actAs(TestKeys.INTAKE_A);
    }

    @Als("beleid de impact van het concept op de achtergrond laat berekenen")
    public void impactOpDeAchtergrond() throws InterruptedException {
        http.actAs(TestKeys.POLICY);
        http.send("POST", change.draft() + "/impact-runs", null, null, Map.of());
        assertThat(http.status()).as(http.text()).isEqualTo(202);
        assertThat(http.body().path("status").asText()).isIn("RUNNING", "DONE");
        String run = http.header("Location").orElseThrow();
        assertThat(run).startsWith(change.draft() + "/impact-runs/").endsWith(http.body().path("id").asText());
        int total = http.body().path("total").asInt();
        int seen = 0;
        long deadline = System.nanoTime() + 60_000_000_000L;
        do {
            Thread.sleep(100);
            http.send("GET", run, null, null, Map.of());
            assertThat(http.status()).as(http.text()).isEqualTo(200);
            int processed = http.body().path("processed").asInt();
            // Progress only goes forward, and never past what there is to do.
            assertThat(processed).as("voortgang").isGreaterThanOrEqualTo(seen);
            assertThat(http.body().path("status").asText()).isIn("RUNNING", "DONE");
            seen = processed;
        } while (!"DONE".equals(http.body().path("status").asText()) && System.nanoTime() < deadline);
        assertThat(http.body().path("status").asText()).as("binnen een minuut klaar: %s", http.text()).isEqualTo("DONE");
        assertThat(http.body().path("total").asInt()).isGreaterThanOrEqualTo(total).isEqualTo(http.body().path("processed").asInt());
        assertThat(http.body().path("finishedAt").isTextual()).isTrue();
        JsonNode report = http.body().path("report");
        assertThat(report.path("assessments").asInt()).isEqualTo(http.body().path("total").asInt());
        change.impact(report);
        http.actAs(TestKeys.INTAKE_A);
    }

    @Dan("zegt de impact op de achtergrond hetzelfde als de impact die meteen wordt berekend")
    public void zelfdeImpact() {
        JsonNode background = change.impact();
        impact();
        assertThat(background).isEqualTo(change.impact());
    }

    @Dan("verandert het concept het advies van ten minste {int} eerdere beoordeling")
    public void verandert(int atLeast) {
        assertThat(change.impact().path("changed").asInt()).as("impact: %s", change.impact()).isGreaterThanOrEqualTo(atLeast)
                .isLessThanOrEqualTo(change.impact().path("assessments").asInt());
    }

    @Dan("gaat {string} bij ten minste {int} persoon van {string} naar {string}")
    public void overgang(String pathway, int atLeast, String from, String to) {
        assertThat(change.impact().path("transitions")).as("overgangen: %s", change.impact().path("transitions")).anySatisfy(t -> {
            assertThat(t.path("pathway").asText()).isEqualTo(pathway);
            assertThat(t.path("from").asText()).isEqualTo(AdviceSteps.status(from));
            assertThat(t.path("to").asText()).isEqualTo(AdviceSteps.status(to));
            assertThat(t.path("count").asInt()).isGreaterThanOrEqualTo(atLeast);
        });
    }

    @Dan("noemt de impact een voorbeeld waarin {string} verandert")
    public void voorbeeld(String path) {
        assertThat(change.impact().path("samples")).as("voorbeelden").anySatisfy(sample -> {
            assertThat(AdviceSteps.codes(sample.path("differences"), "path")).contains(path);
            // Policy staff may not read stored assessments: a sample is its differences only.
            assertThat(sample.has("assessmentId")).isFalse();
        });
    }

    @Dan("slagen onder het concept alle scenario's")
    public void alleScenarios() {
        JsonNode report = http.body().path("scenarios");
        assertThat(report.path("passed").asInt()).as("scenario's: %s", report).isGreaterThan(100);
        assertThat(report.path("failed").asInt()).as("scenario's: %s", report).isZero();
    }

    @Dan("mislukt onder het concept een scenario in {string}")
    public void scenarioMislukt(String feature) {
        JsonNode report = http.body().path("scenarios");
        assertThat(report.path("failed").asInt()).as("scenario's: %s", report).isPositive();
        assertThat(AdviceSteps.codes(report.path("failures"), "feature")).contains(feature);
    }

    @Als("{string} het concept goedkeurt")
    public void goedkeuren(String who) {
        http.actAs(key(who));
        http.send("POST", change.draft() + "/approval", "application/json", "{}".getBytes(StandardCharsets.UTF_8), Map.of());
        http.actAs(TestKeys.INTAKE_A);
    }

    @Als("beleid het concept goedkeurt")
    public void zelfGoedkeuren() {
        goedkeuren("beleid");
    }

    @Dan("is het concept geldig")
    public void geldig() {
        assertThat(http.body().path("valid").asBoolean()).as("controle: %s", http.body()).isTrue();
    }

    @Dan("is het concept niet geldig")
    public void nietGeldig() {
        assertThat(http.body().path("valid").asBoolean()).isFalse();
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

    @Dan("noemt de weigering {string}")
    public void weigering(String where) {
        assertThat(AdviceSteps.codes(http.body().path("errors"), "detail")).as("%s", http.body())
                .anySatisfy(detail -> assertThat(detail).startsWith(where));
    }

    @Dan("zegt het probleembericht {string}")
    public void zegt(String words) {
        assertThat(http.body().path("detail").asText()).contains(words);
    }
}
