package nl.wegwijzer.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.wegwijzer.access.TestKeys;
import nl.wegwijzer.support.TestHttp;

/**
 * Household advice over HTTP on the real server and database: each adult's advice is exactly the advice
 * one assessment gives that adult with the household's facts; stored, read back only by its own client,
 * listed and replayed; bad input named field by field.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HouseholdApiTest {
    private static final String PATH = "/api/v1/household-assessments";

    @LocalServerPort
    int port;
    TestHttp http;
    final String reference = "HH-" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void open() {
        http = new TestHttp(port);
    }

    private String couple() {
        return """
                {"reference":"%s","municipality":"Apeldoorn",
                 "adults":[{"age":38,"languageLevel":"A2","benefits":{"type":"BIJSTAND","jobApplicationObligation":true},
                            "work":{"status":"UNEMPLOYED","hoursAvailablePerWeek":20},"inburgering":{"obligated":true,"route":"B1"},
                            "priorities":["PAID_WORK"]},
                           {"age":35,"languageLevel":"A1","vulnerabilities":["TRAUMA"],"inburgering":{"obligated":true,"route":"Z"}}],
                 "children":[{"age":7,"school":"PRIMARY"},{"age":14,"school":"NEWCOMER_CLASS"}]}
                """.formatted(reference);
    }

    @Test
    void eachAdultGetsTheAdviceOneAssessmentWouldGiveWithTheHouseholdsFacts() throws Exception {
        HttpResponse<String> created = http.postJson(PATH, couple(), TestKeys.INTAKE_A);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode household = TestHttp.json(created);
        assertThat(created.headers().firstValue("Location")).hasValue(PATH + "/" + household.path("id").asText());
        JsonNode request = TestHttp.JSON.readTree(couple());
        for (int i = 0; i < 2; i++) {
            ObjectNode single = ((ObjectNode) request.path("adults").get(i).deepCopy()).put("municipality", "Apeldoorn");
            ObjectNode facts = single.putObject("household").put("partner", true).put("singleParent", false);
            facts.putArray("childrenAges").add(7).add(14);
            JsonNode alone = TestHttp.json(http.postJson("/api/v1/assessments", single.toString(), TestKeys.INTAKE_A));
            JsonNode own = household.path("adults").get(i).path("advice");
            assertThat(household.path("adults").get(i).path("member").asText()).isEqualTo("/adults/" + i);
            assertThat(own.path("pathways")).as("adult %d's pathways", i).isEqualTo(alone.path("pathways"));
            assertThat(own.path("obligations")).isEqualTo(alone.path("obligations"));
            assertThat(own.path("familyDomains")).isEqualTo(alone.path("familyDomains"));
            assertThat(own.path("summary")).isEqualTo(alone.path("summary"));
        }
        // The family's domains: every domain any adult's advice flags, and the child's own reason.
        List<String> domains = new ArrayList<>();
        household.path("familyDomains").forEach(d -> domains.add(d.path("domain").asText()));
        assertThat(domains).containsExactly("ONDERWIJS", "OPVOEDING", "PARTICIPATIE_INTEGRATIE", "WERK_INKOMEN", "ZORG_WELZIJN");
        assertThat(household.path("familyDomains").get(0).path("reasons").toString())
                .contains("\"members\":[\"/children/1\"]", "schakelklas");
        assertThat(household.path("sharedPathways").get(0).path("code").asText()).isEqualTo("VARIIS_EMPOWERMENT");
        assertThat(household.path("firedRules").toString()).contains("Gezinsniveau: VARIIS voor het gezin", "Kind: op een schakelklas");
    }

    @Test
    void storedReadBackByItsOwnClientOnlyListedAndReplayed() {
        JsonNode household = TestHttp.json(http.postJson(PATH, couple(), TestKeys.INTAKE_A));
        String id = household.path("id").asText();
        HttpResponse<String> read = http.get(PATH + "/" + id, TestKeys.INTAKE_A);
        assertThat(read.statusCode()).isEqualTo(200);
        JsonNode again = TestHttp.json(read);
        assertThat(again.path("adults")).isEqualTo(household.path("adults"));
        assertThat(again.path("familyDomains")).isEqualTo(household.path("familyDomains"));
        assertThat(again.path("summary")).isEqualTo(household.path("summary"));
        assertThat(http.get(PATH + "/" + id, TestKeys.INTAKE_B).statusCode()).as("another municipality's client").isEqualTo(403);
        assertThat(http.get(PATH + "/" + id, TestKeys.AUDITOR).statusCode()).isEqualTo(200);
        assertThat(http.get(PATH + "/" + UUID.randomUUID(), TestKeys.INTAKE_A).statusCode()).isEqualTo(404);

        JsonNode page = TestHttp.json(http.get(PATH + "?reference=" + reference, TestKeys.INTAKE_A));
        assertThat(page.path("totalItems").asLong()).isEqualTo(1);
        assertThat(page.path("items").get(0).path("adults").asInt()).isEqualTo(2);
        assertThat(page.path("items").get(0).path("children").asInt()).isEqualTo(2);
        assertThat(TestHttp.json(http.get(PATH + "?reference=" + reference, TestKeys.INTAKE_B)).path("totalItems").asLong())
                .as("another client lists none of them").isZero();

        JsonNode replay = TestHttp.json(http.send("POST", PATH + "/" + id + "/replay", null, null, TestKeys.INTAKE_A, java.util.Map.of()));
        assertThat(replay.path("original").path("identical").asBoolean()).as(replay.toString()).isTrue();
        assertThat(replay.path("current").path("identical").asBoolean()).isTrue();
    }

    @Test
    void badInputIsAProblemNamingEveryField() {
        HttpResponse<String> answer = http.postJson(PATH, """
                {"municipality":"Apeldoorn","adults":[{"age":12,"languageLevel":"A2","name":"Jan"}],
                 "children":[{"age":30},{"age":4,"school":"UNIVERSITY"}],"bsn":"123456789"}
                """, TestKeys.INTAKE_A);
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        List<String> pointers = new ArrayList<>();
        TestHttp.json(answer).path("errors").forEach(e -> pointers.add(e.path("pointer").asText()));
        assertThat(pointers).contains("/adults/0/age", "/adults/0/name", "/children/0/age", "/children/1/school", "/bsn");
        assertThat(answer.body()).doesNotContain("Exception", "at nl.");

        HttpResponse<String> none = http.postJson(PATH, "{\"municipality\":\"Apeldoorn\",\"adults\":[]}", TestKeys.INTAKE_A);
        assertThat(none.statusCode()).isEqualTo(400);
        assertThat(none.body()).contains("\"pointer\":\"/adults\"");
    }
}
