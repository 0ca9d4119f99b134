package nl.wegwijzer.scenarios;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;

import io.cucumber.java.nl.Dan;

import static org.assertj.core.api.Assertions.assertThat;

/** What the advice says about each pathway: status, conditions and their explanations, missing facts, placement. */
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

    /** A failed status says, in one line policy staff can read, what was expected and what the rules said, and why. */
    @Dan("is het traject {string} {string}")
    public void isHetTraject(String code, String status) {
        JsonNode p = pathway(code);
        String actual = p.path("status").asText();
        if (!actual.equals(status(status))) {
            List<String> why = new ArrayList<>();
            p.path("conditions").forEach(c -> why.add(c.path("description").asText()));
            throw new AssertionError(code + " is " + words(actual) + ", het scenario verwacht \"" + status + "\". Want: "
                    + String.join(" ", why));
        }
    }

    private static String words(String status) {
        return STATUS.entrySet().stream().filter(e -> e.getValue().equals(status)).map(e -> "\"" + e.getKey() + "\"")
                .findFirst().orElse(status);
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

    @Dan("legt de voorwaarde {string} van {string} uit als {string}")
    public void uitleg(String condition, String code, String text) {
        assertThat(codes(pathway(code).path("conditions"), "code")).as("voorwaarden van %s", code).contains(condition);
        for (JsonNode c : pathway(code).path("conditions")) {
            if (c.path("code").asText().equals(condition)) {
                assertThat(c.path("description").asText()).isEqualTo(text);
            }
        }
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
