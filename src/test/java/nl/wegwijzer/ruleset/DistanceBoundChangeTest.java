package nl.wegwijzer.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.wegwijzer.access.TestKeys;
import nl.wegwijzer.support.TestHttp;

/**
 * Samen Hier's "under five kilometres" is the cell "Tot (km)" of rules/samen-hier/koppelen-afstand.drl.csv.
 * A policy officer changes it to 10 through the lifecycle (draft, validation, four eyes, publication; the
 * scenario that says "5 km" fails validation until it is said anew) and
 * the same newcomer's ranking changes: a group at 8 km, left out for distance before, becomes a candidate,
 * and its explanation names the new bound. Rolled back at the end, so the other tests see the baseline.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DistanceBoundChangeTest {
    private static final String TABLE = "rules/samen-hier/koppelen-afstand.drl.csv";
    private static final String FEATURE = "rules/samen-hier/koppelen.feature";

    @LocalServerPort
    int port;

    @Test
    void aPolicyOfficerWidensTheDistanceAndTheRankingChanges() throws Exception {
        TestHttp http = new TestHttp(port);
        String organisation = "Afstandstest " + UUID.randomUUID();
        String near = group(http, organisation, "7311");   // 1.7 km from 7316
        String eightKm = group(http, organisation, "7361"); // 8.0 km from 7316 (Beekbergen)
        String match = """
                {"partnerOrganisation":"%s","includeExcluded":true,"newcomer":{"postcode":"7316","householdSize":1}}
                """.formatted(organisation);

        JsonNode before = TestHttp.json(http.postJson("/api/v1/welcome-group-matches", match, TestKeys.INTAKE_A));
        assertThat(ids(before.path("candidates"))).containsExactly(near);
        assertThat(ids(before.path("excluded"))).containsExactly(eightKm);
        assertThat(distance(before.path("excluded").get(0)).path("explanation").asText())
                .isEqualTo("De groep woont op 8 km: verder dan de 5 km die Samen Hier aanhoudt.");

        int baseline = TestHttp.json(http.get("/api/v1/rulesets/current", TestKeys.POLICY)).path("version").asInt();
        String table = Files.readString(Path.of(TABLE));
        String widened = table.replace("Koppelen afstand: onder de 5 km,true,WITHIN,5,", "Koppelen afstand: onder de 5 km,true,WITHIN,10,");
        assertThat(widened).as("the bound's cell").isNotEqualTo(table);
        // The table alone: validation runs the scenarios under the draft and names the one that still says 5 km.
        HttpResponse<String> tableOnly = http.draft(Map.of("koppelen-afstand.drl.csv", widened.getBytes(StandardCharsets.UTF_8)),
                "Samen Hier koppelt tot 10 km", TestKeys.POLICY);
        assertThat(tableOnly.statusCode()).as(tableOnly.body()).isEqualTo(201);
        JsonNode refused = TestHttp.json(http.get(tableOnly.headers().firstValue("Location").orElseThrow() + "/validation",
                TestKeys.POLICY));
        assertThat(refused.path("valid").asBoolean()).isFalse();
        assertThat(refused.path("scenarios").path("failures").get(0).path("scenario").asText())
                .isEqualTo("Een groep verder dan 5 km valt af op afstand");
        // The table with its scenarios said anew, as a policy officer sends them.
        String scenarios = Files.readString(Path.of(FEATURE)).replace("5 km", "10 km");
        HttpResponse<String> draft = http.draft(Map.of("koppelen-afstand.drl.csv", widened.getBytes(StandardCharsets.UTF_8),
                "koppelen.feature", scenarios.getBytes(StandardCharsets.UTF_8)), "Samen Hier koppelt tot 10 km", TestKeys.POLICY);
        assertThat(draft.statusCode()).as(draft.body()).isEqualTo(201);
        String location = draft.headers().firstValue("Location").orElseThrow();
        JsonNode validation = TestHttp.json(http.get(location + "/validation", TestKeys.POLICY));
        assertThat(validation.path("valid").asBoolean()).as(validation.toString()).isTrue();
        assertThat(http.send("POST", location + "/approval", "application/json", "{}".getBytes(StandardCharsets.UTF_8),
                TestKeys.POLICY_B, Map.of()).statusCode()).isEqualTo(200);
        HttpResponse<String> published = http.send("POST", location + "/publication", "application/json",
                ("{\"effectiveFrom\":\"" + java.time.OffsetDateTime.now() + "\"}").getBytes(StandardCharsets.UTF_8),
                TestKeys.POLICY, Map.of());
        assertThat(published.statusCode()).as(published.body()).isEqualTo(201);
        try {
            JsonNode after = TestHttp.json(http.postJson("/api/v1/welcome-group-matches", match, TestKeys.INTAKE_A));
            assertThat(ids(after.path("candidates"))).containsExactly(near, eightKm);
            assertThat(after.path("excluded")).isEmpty();
            assertThat(distance(after.path("candidates").get(1)).path("explanation").asText())
                    .isEqualTo("De groep woont op 8 km: binnen de 10 km die Samen Hier aanhoudt.");
            assertThat(after.path("ruleSetVersion").asInt()).isEqualTo(TestHttp.json(published).path("number").asInt());
        } finally {
            HttpResponse<String> back = http.send("POST", "/api/v1/rulesets/" + baseline + "/rollback", "application/json",
                    "{\"reason\":\"test done\"}".getBytes(StandardCharsets.UTF_8), TestKeys.POLICY, Map.of());
            assertThat(back.statusCode()).as(back.body()).isEqualTo(201);
        }
        JsonNode rolledBack = TestHttp.json(http.postJson("/api/v1/welcome-group-matches", match, TestKeys.INTAKE_A));
        assertThat(ids(rolledBack.path("candidates"))).containsExactly(near);
    }

    private static String group(TestHttp http, String organisation, String postcode) {
        HttpResponse<String> created = http.postJson("/api/v1/welcome-groups", """
                {"partnerOrganisation":"%s","postcode":"%s","capacity":4}""".formatted(organisation, postcode), TestKeys.COORDINATOR);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return TestHttp.json(created).path("id").asText();
    }

    private static List<String> ids(JsonNode groups) {
        List<String> ids = new ArrayList<>();
        groups.forEach(g -> ids.add(g.path("groupId").asText()));
        return ids;
    }

    private static JsonNode distance(JsonNode group) {
        for (JsonNode c : group.path("criteria")) {
            if (c.path("criterion").asText().equals("DISTANCE")) {
                return c;
            }
        }
        throw new AssertionError("no distance in " + group);
    }
}
