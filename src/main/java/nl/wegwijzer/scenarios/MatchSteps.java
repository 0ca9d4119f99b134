package nl.wegwijzer.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.nl.Als;
import io.cucumber.java.nl.Dan;
import io.cucumber.java.nl.Gegeven;

/**
 * Samen Hier's matching in Dutch scenarios: groups a coordinator registers (under a partner organisation
 * of this scenario alone), a newcomer matched to them, the order and the reasons. Through the Exchange:
 * over HTTP in the test suite, in process for a draft.
 */
public class MatchSteps {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Exchange http;
    private final String organisation = "Scenario " + UUID.randomUUID();
    private final Map<String, String> idByName = new HashMap<>();
    private final Map<String, String> nameById = new HashMap<>();
    private JsonNode match;

    public MatchSteps(Exchange http) {
        this.http = http;
    }

    @Gegeven("de welkomgroepen:")
    public void deWelkomgroepen(DataTable table) {
        http.actAsRole("COORDINATOR");
        for (Map<String, String> row : table.asMaps()) {
            ObjectNode group = JSON.createObjectNode().put("partnerOrganisation", organisation);
            put(group, "postcode", row.get("postcode"));
            group.put("capacity", Integer.parseInt(row.getOrDefault("plaats", "5")));
            group.put("matched", "ja".equals(row.get("gekoppeld")));
            group.set("vulnerabilities", codes(row.get("ondersteuning")));
            group.set("priorities", codes(row.get("prioriteiten")));
            group.set("weegschaal", weegschaal(row.get("weegschaal")));
            send("/api/v1/welcome-groups", group);
            assertThat(http.status()).as("groep %s: %s", row.get("groep"), http.text()).isEqualTo(201);
            idByName.put(row.get("groep"), http.body().path("id").asText());
            nameById.put(http.body().path("id").asText(), row.get("groep"));
        }
        http.actAsRole("INTAKE");
    }

    @Als("de nieuwkomer gekoppeld wordt:")
    public void deNieuwkomerGekoppeldWordt(DataTable table) {
        Map<String, String> row = table.asMaps().get(0);
        ObjectNode newcomer = JSON.createObjectNode();
        put(newcomer, "postcode", row.get("postcode"));
        newcomer.set("vulnerabilities", codes(row.get("kwetsbaarheden")));
        newcomer.set("priorities", codes(row.get("prioriteiten")));
        newcomer.set("weegschaal", weegschaal(row.get("weegschaal")));
        newcomer.put("householdSize", Integer.parseInt(row.getOrDefault("huishouden", "1")));
        ObjectNode request = JSON.createObjectNode().put("partnerOrganisation", organisation).put("includeExcluded", true);
        request.set("newcomer", newcomer);
        send("/api/v1/welcome-group-matches", request);
        assertThat(http.status()).as("koppelen: %s", http.text()).isEqualTo(201);
        match = http.body();
    }

    @Dan("staan de groepen in de volgorde {string}")
    public void staanDeGroepenInDeVolgorde(String order) {
        List<String> names = new ArrayList<>();
        match.path("candidates").forEach(c -> names.add(nameById.get(c.path("groupId").asText())));
        assertThat(names).as("kandidaten: %s", match.path("candidates")).containsExactlyElementsOf(
                order.isBlank() ? List.of() : List.of(order.split("\\s*,\\s*")));
    }

    @Dan("valt groep {string} af op {string}")
    public void valtGroepAfOp(String group, String criterion) {
        JsonNode excluded = find(match.path("excluded"), group);
        assertThat(excluded).as("groep %s staat niet bij de afgevallen groepen: %s", group, match.path("excluded")).isNotNull();
        assertThat(criterion(excluded, criterion).path("excludes").asBoolean()).as("%s sluit uit", criterion).isTrue();
    }

    @Dan("zegt de uitleg bij groep {string} over {string}: {string}")
    public void zegtDeUitleg(String group, String criterion, String words) {
        JsonNode scored = find(match.path("candidates"), group);
        if (scored == null) {
            scored = find(match.path("excluded"), group);
        }
        assertThat(scored).as("groep %s komt niet voor", group).isNotNull();
        assertThat(criterion(scored, criterion).path("explanation").asText()).contains(words);
    }

    private JsonNode find(JsonNode list, String group) {
        for (JsonNode c : list) {
            if (c.path("groupId").asText().equals(idByName.get(group))) {
                return c;
            }
        }
        return null;
    }

    private static JsonNode criterion(JsonNode scored, String criterion) {
        for (JsonNode c : scored.path("criteria")) {
            if (c.path("criterion").asText().equals(criterion)) {
                return c;
            }
        }
        throw new AssertionError("no criterion " + criterion + " in " + scored);
    }

    private void send(String path, JsonNode body) {
        http.send("POST", path, "application/json", body.toString().getBytes(StandardCharsets.UTF_8), Map.of());
    }

    private static void put(ObjectNode node, String field, String value) {
        if (value != null && !value.isBlank()) {
            node.put(field, value.strip());
        }
    }

    private static ArrayNode codes(String cell) {
        ArrayNode codes = JSON.createArrayNode();
        if (cell != null && !cell.isBlank()) {
            for (String code : cell.split("\\s*,\\s*")) {
                codes.add(code.strip());
            }
        }
        return codes;
    }

    /** "W1=A, W2=B" as answers. */
    private static ArrayNode weegschaal(String cell) {
        ArrayNode answers = JSON.createArrayNode();
        if (cell != null && !cell.isBlank()) {
            for (String pair : cell.split("\\s*,\\s*")) {
                String[] parts = pair.split("=");
                answers.addObject().put("set", parts[0].strip()).put("side", parts[1].strip());
            }
        }
        return answers;
    }
}
