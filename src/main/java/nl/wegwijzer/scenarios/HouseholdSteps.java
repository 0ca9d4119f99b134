package nl.wegwijzer.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.nl.Als;
import io.cucumber.java.nl.Dan;
import io.cucumber.java.nl.Gegeven;

import nl.wegwijzer.contract.Vocabulary;

/**
 * Household advice in Dutch scenarios: the adults (one row each, columns named as the contract names an
 * intake's facts), the children, and what the answer says for each adult and for the family. Members are
 * spoken of as "volwassene 1" and "kind 2", in the order of the tables.
 */
public class HouseholdSteps {
    private final Exchange http;
    private final Vocabulary vocabulary;
    private final ObjectNode request = JsonNodeFactory.instance.objectNode();
    private JsonNode advice;

    public HouseholdSteps(Exchange http, Vocabulary vocabulary) {
        this.http = http;
        this.vocabulary = vocabulary;
    }

    @Gegeven("een huishouden in {string} met de volwassenen:")
    public void eenHuishoudenMetDeVolwassenen(String municipality, DataTable adults) {
        request.put("municipality", municipality);
        ArrayNode list = request.putArray("adults");
        for (Map<String, String> row : adults.asMaps()) {
            ObjectNode adult = list.addObject();
            row.forEach((name, cell) -> {
                Vocabulary.Fact fact = vocabulary.factNamed(name).orElseThrow(() -> new IllegalArgumentException(
                        "Onbekend gegeven '" + name + "'; bekend zijn (openapi.yaml, x-fact-names): "
                                + vocabulary.facts().stream().map(Vocabulary.Fact::nl).toList()));
                String value = cell == null ? "" : cell.strip();
                if (!value.isEmpty() && !value.equalsIgnoreCase("onbekend")) {
                    IntakeSteps.put(adult, fact.path(), fact.kind(), value);
                }
            });
        }
    }

    @Gegeven("de kinderen:")
    public void deKinderen(DataTable children) {
        ArrayNode list = request.putArray("children");
        for (Map<String, String> row : children.asMaps()) {
            ObjectNode child = list.addObject().put("age", Integer.parseInt(row.get("leeftijd").strip()));
            String school = row.get("school");
            if (school != null && !school.isBlank() && !school.strip().equalsIgnoreCase("onbekend")) {
                child.put("school", school.strip());
            }
        }
    }

    @Als("de intakemedewerker om advies voor het huishouden vraagt")
    public void omAdviesVoorHetHuishouden() {
        http.send("POST", "/api/v1/household-assessments", "application/json", request.toString().getBytes(StandardCharsets.UTF_8),
                Map.of());
        if (http.status() != 201) {
            throw new AssertionError("Advies voor het huishouden niet gegeven: " + http.status() + " " + http.text());
        }
        advice = http.body();
    }

    @Dan("is voor volwassene {int} het traject {string} {string}")
    public void isVoorVolwassene(int number, String code, String status) {
        JsonNode pathway = find(adult(number).path("advice").path("pathways"), "code", code);
        assertThat(pathway.path("status").asText()).as("%s voor volwassene %d", code, number).isEqualTo(AdviceSteps.status(status));
    }

    @Dan("geldt voor volwassene {int} de verplichting {string}")
    public void geldtVoorVolwassene(int number, String obligation) {
        assertThat(AdviceSteps.codes(adult(number).path("advice").path("obligations"), "code"))
                .as("verplichtingen van volwassene %d", number).contains(obligation);
    }

    @Dan("zet het huishouden het gezinsdomein {string} aan met de reden {string} van {string}")
    public void zetGezinsdomeinAan(String domain, String words, String members) {
        JsonNode found = find(advice.path("familyDomains"), "domain", domain);
        List<String> reasons = new ArrayList<>();
        for (JsonNode reason : found.path("reasons")) {
            reasons.add(reason.path("reason").asText() + " " + reason.path("members"));
            if (reason.path("reason").asText().contains(words)) {
                assertThat(AdviceSteps.texts(reason.path("members"))).as("wie de reden '%s' geeft", words)
                        .containsExactlyElementsOf(pointers(members));
                assertThat(reason.path("rule").asText()).isNotBlank();
                return;
            }
        }
        throw new AssertionError("Het gezinsdomein " + domain + " heeft geen reden met '" + words + "': " + reasons);
    }

    @Dan("zet het huishouden het gezinsdomein {string} niet aan")
    public void zetGezinsdomeinNietAan(String domain) {
        assertThat(AdviceSteps.codes(advice.path("familyDomains"), "domain")).doesNotContain(domain);
    }

    @Dan("doet het gezin samen {string}: {string} voor {string}")
    public void doetHetGezinSamen(String code, String status, String members) {
        JsonNode shared = find(advice.path("sharedPathways"), "code", code);
        assertThat(shared.path("status").asText()).as("%s voor het gezin", code).isEqualTo(AdviceSteps.status(status));
        assertThat(AdviceSteps.texts(shared.path("members"))).containsExactlyElementsOf(pointers(members));
        assertThat(shared.path("reason").asText()).isNotBlank();
    }

    @Dan("raakt de verplichting {string} het hele huishouden, bij {string}")
    public void raaktHetHeleHuishouden(String code, String members) {
        JsonNode shared = find(advice.path("sharedObligations"), "code", code);
        assertThat(AdviceSteps.texts(shared.path("members"))).containsExactlyElementsOf(pointers(members));
        assertThat(shared.path("reason").asText()).isNotBlank();
    }

    @Dan("deelt het huishouden geen verplichtingen")
    public void geenGedeeldeVerplichtingen() {
        assertThat(advice.path("sharedObligations")).as("gedeelde verplichtingen").isEmpty();
    }

    @Dan("noemt de samenvatting van het huishouden {string}")
    public void samenvattingVanHetHuishouden(String words) {
        assertThat(advice.path("summary").asText()).contains(words);
    }

    private JsonNode adult(int number) {
        JsonNode adults = advice.path("adults");
        assertThat(number).as("volwassene %d van %d", number, adults.size()).isBetween(1, adults.size());
        return adults.get(number - 1);
    }

    /** "volwassene 1, kind 2" as the answer names members: /adults/0, /children/1. */
    private static List<String> pointers(String members) {
        List<String> pointers = new ArrayList<>();
        for (String member : members.split("\\s*,\\s*")) {
            String[] parts = member.strip().split("\\s+");
            int index = Integer.parseInt(parts[1]) - 1;
            pointers.add(switch (parts[0]) {
                case "volwassene" -> "/adults/" + index;
                case "kind" -> "/children/" + index;
                default -> throw new IllegalArgumentException("'" + member + "' is geen volwassene of kind");
            });
        }
        return pointers;
    }

    private static JsonNode find(JsonNode list, String field, String value) {
        for (JsonNode item : list) {
            if (item.path(field).asText().equals(value)) {
                return item;
            }
        }
        throw new AssertionError(value + " staat niet in " + list);
    }
}
