package nl.wegwijzer.scenarios;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;

import io.cucumber.java.nl.Dan;

import static org.assertj.core.api.Assertions.assertThat;

/** What the advice says: statuses, conditions, missing facts, obligations, family domains. */
public class AdviceSteps {
    private static final Map<String, String> STATUS = Map.of(
            "aanbevolen", "RECOMMENDED",
            "mogelijk", "ELIGIBLE",
            "past niet", "NOT_ELIGIBLE",
            "nog niet te bepalen", "UNDETERMINED");

    private final Exchange http;

    public AdviceSteps(Exchange http) {
        this.http = http;
    }

    private JsonNode pathway(String code) {
        for (JsonNode p : http.body().path("pathways")) {
            if (p.path("code").asText().equals(code)) {
                return p;
            }
        }
        throw new AssertionError("Traject " + code + " staat niet in het advies: " + http.body().path("pathways"));
    }

    public static String status(String words) {
        String key = words.strip().toLowerCase(Locale.ROOT);
        return STATUS.getOrDefault(key, words.strip().toUpperCase(Locale.ROOT));
    }

    @Dan("is het traject {string} {string}")
    public void isHetTraject(String code, String status) {
        JsonNode p = pathway(code);
        assertThat(p.path("status").asText()).as("status van %s; voorwaarden: %s", code, p.path("conditions"))
                .isEqualTo(status(status));
    }

    @Dan("is de voorwaarde {string} van {string} niet vervuld")
    public void voorwaardeNietVervuld(String condition, String code) {
        assertThat(states(code, condition)).as("voorwaarde %s van %s", condition, code).contains("UNMET");
        JsonNode c = condition(code, condition, "UNMET");
        assertThat(c.path("met").asBoolean(true)).isFalse();
        assertThat(c.path("description").asText()).isNotBlank();
        assertThat(c.path("source").asText()).isNotBlank();
    }

    @Dan("is de voorwaarde {string} van {string} vervuld")
    public void voorwaardeVervuld(String condition, String code) {
        assertThat(states(code, condition)).as("voorwaarde %s van %s", condition, code).containsOnly("MET");
    }

    @Dan("is de voorwaarde {string} van {string} nog onbekend")
    public void voorwaardeOnbekend(String condition, String code) {
        assertThat(states(code, condition)).as("voorwaarde %s van %s", condition, code).containsOnly("UNKNOWN");
        assertThat(condition(code, condition, "UNKNOWN").path("met").isNull()).isTrue();
    }

    private List<String> states(String code, String condition) {
        List<String> states = new ArrayList<>();
        for (JsonNode c : pathway(code).path("conditions")) {
            if (c.path("code").asText().equals(condition)) {
                states.add(c.path("state").asText());
            }
        }
        assertThat(states).as("voorwaarde %s bij %s: %s", condition, code, pathway(code).path("conditions")).isNotEmpty();
        return states;
    }

    private JsonNode condition(String code, String condition, String state) {
        for (JsonNode c : pathway(code).path("conditions")) {
            if (c.path("code").asText().equals(condition) && c.path("state").asText().equals(state)) {
                return c;
            }
        }
        throw new AssertionError("geen " + state + " voorwaarde " + condition + " bij " + code);
    }

    @Dan("ontbreekt voor {string} het gegeven {string}")
    public void ontbreektGegeven(String code, String fact) {
        assertThat(texts(pathway(code).path("missingFacts"))).as("ontbrekende gegevens van %s", code).contains(fact);
    }

    @Dan("ontbreken voor {string} geen gegevens")
    public void ontbrekenGeenGegevens(String code) {
        assertThat(texts(pathway(code).path("missingFacts"))).as("ontbrekende gegevens van %s", code).isEmpty();
    }

    @Dan("is de subgroep van {string} {string}")
    public void subgroep(String code, String subgroup) {
        placement(code, "subgroup", subgroup);
    }

    @Dan("is het spoor van {string} {string}")
    public void spoor(String code, String track) {
        placement(code, "track", track);
    }

    /** A subgroup or track: its code, or "geen" for none. */
    private void placement(String code, String field, String expected) {
        JsonNode value = pathway(code).path(field);
        if (expected.equalsIgnoreCase("geen")) {
            assertThat(value.isNull() || value.isMissingNode()).as("%s van %s: %s", field, code, value).isTrue();
        } else {
            assertThat(value.asText()).as("%s van %s", field, code).isEqualTo(expected);
        }
    }

    @Dan("staat {string} op de wachtlijst")
    public void opDeWachtlijst(String code) {
        assertThat(pathway(code).path("waitingList").asBoolean()).isTrue();
    }

    @Dan("geldt de verplichting {string} bij {string}")
    public void verplichtingBij(String obligation, String pathway) {
        assertThat(obligation(obligation).path("pathway").asText()).isEqualTo(pathway);
    }

    @Dan("geldt de verplichting {string} uit de wet {string}")
    public void verplichtingUitDeWet(String obligation, String law) {
        JsonNode o = obligation(obligation);
        assertThat(o.path("law").asText()).isEqualTo(law);
        assertThat(o.path("source").asText()).isNotBlank();
    }

    @Dan("geldt de verplichting {string} niet")
    public void verplichtingNiet(String obligation) {
        assertThat(codes(http.body().path("obligations"), "code")).as("verplichtingen").doesNotContain(obligation);
    }

    @Dan("vraagt de verplichting {string} {int} uur per week gedurende {int} maanden")
    public void urenEnDuur(String obligation, int hours, int months) {
        JsonNode o = obligation(obligation);
        assertThat(o.path("hoursPerWeek").asDouble()).isEqualTo(hours);
        assertThat(o.path("durationMonths").asDouble()).isEqualTo(months);
    }

    @Dan("duurt de verplichting {string} {int} maanden")
    public void duur(String obligation, int months) {
        assertThat(obligation(obligation).path("durationMonths").asDouble()).isEqualTo(months);
    }

    private JsonNode obligation(String code) {
        for (JsonNode o : http.body().path("obligations")) {
            if (o.path("code").asText().equals(code)) {
                return o;
            }
        }
        throw new AssertionError("verplichting " + code + " staat niet in het advies: " + codes(http.body().path("obligations"), "code"));
    }

    @Dan("is het gezinsdomein {string} aangezet")
    public void domeinAan(String domain) {
        assertThat(codes(http.body().path("familyDomains"), "domain")).contains(domain);
        for (JsonNode d : http.body().path("familyDomains")) {
            if (d.path("domain").asText().equals(domain)) {
                assertThat(d.path("reason").asText()).isNotBlank();
            }
        }
    }

    @Dan("is het gezinsdomein {string} niet aangezet")
    public void domeinUit(String domain) {
        assertThat(codes(http.body().path("familyDomains"), "domain")).doesNotContain(domain);
    }

    @Dan("noemt de samenvatting {string}")
    public void samenvatting(String words) {
        assertThat(http.body().path("summary").asText()).contains(words);
    }

    @Dan("noemt het advies alle trajecten uit de catalogus")
    public void alleTrajecten() {
        Exchange catalogue = http;
        List<String> advised = codes(http.body().path("pathways"), "code");
        JsonNode advice = http.body();
        catalogue.get("/api/v1/pathways", Map.of());
        assertThat(advised).containsExactlyElementsOf(codes(catalogue.body(), "code"));
        restore(advice);
    }

    @Dan("heeft elk traject een status, en elke voorwaarde een uitleg en een bron")
    public void elkTrajectVolledig() {
        for (JsonNode p : http.body().path("pathways")) {
            assertThat(STATUS.values()).contains(p.path("status").asText());
            for (JsonNode c : p.path("conditions")) {
                assertThat(c.path("description").asText()).as("uitleg bij %s", p.path("code")).isNotBlank().doesNotContain("{");
                assertThat(c.path("source").asText()).as("bron bij %s", p.path("code")).isNotBlank();
            }
            if (p.path("status").asText().equals("UNDETERMINED")) {
                assertThat(p.path("missingFacts")).as("ontbrekende gegevens bij %s", p.path("code")).isNotEmpty();
            }
            if (p.path("status").asText().equals("NOT_ELIGIBLE")) {
                assertThat(states(p)).as("een niet vervulde voorwaarde bij %s", p.path("code")).contains("UNMET");
            }
        }
        assertThat(http.body().path("firedRules")).isNotEmpty();
        assertThat(http.body().path("summary").asText()).isNotBlank();
    }

    private static List<String> states(JsonNode pathway) {
        return codes(pathway.path("conditions"), "state");
    }

    private void restore(JsonNode advice) {
        http.get("/api/v1/assessments/" + advice.path("id").asText(), Map.of());
    }

    public static List<String> codes(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false).map(n -> n.path(field).asText()).toList();
    }

    public static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}
