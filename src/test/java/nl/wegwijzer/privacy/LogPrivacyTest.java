package nl.wegwijzer.privacy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.wegwijzer.access.TestKeys;
import nl.wegwijzer.pages.PageSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A full run with every logger at DEBUG: assessments, bad input, the audit trail, replay, a decision,
 * a batch, an export, and the same through the pages (sign-in, what-if, saving, a decision, the PDF). Nothing the callers sent that could identify a person appears in the output.
 */
// The JDK HTTP client is this test's own client, not the service: its DEBUG lines echo what it sends.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"logging.level.root=DEBUG", "logging.level.jdk.internal.httpclient=INFO"})
@ExtendWith(OutputCaptureExtension.class)
class LogPrivacyTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> PERSONAL = List.of("PRIV-REF-93817", "Geheimstad", "zeldzaamvak4711",
            "Jan Geheimnaam", "PRIV-BATCH-5521", "reden-met-naam-Xyzzy", "Verborgenheim", "PRIV-PAGE-4242", "paginareden-Qwerty",
            TestKeys.PASSWORD);

    @LocalServerPort
    int port;

    private HttpResponse<String> send(String method, String path, String key, String contentType, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("X-API-Key", key)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void noReferenceOrFactReachesTheLogsAtAnyLevel(CapturedOutput output) throws Exception {
        HttpResponse<String> created = send("POST", "/api/v1/assessments", TestKeys.INTAKE_A, "application/json", """
                {"reference": "PRIV-REF-93817", "municipality": "Geheimstad", "age": 33, "languageLevel": "B1",
                 "education": {"level": "MASTER", "field": "TEACHING", "subject": "zeldzaamvak4711"}}""");
        assertThat(created.statusCode()).isEqualTo(201);
        String id = JSON.readTree(created.body()).path("id").asText();

        assertThat(send("POST", "/api/v1/assessments", TestKeys.INTAKE_A, "application/json",
                "{\"name\": \"Jan Geheimnaam\", \"municipality\": \"Verborgenheim\", \"age\": \"x\"}").statusCode()).isEqualTo(400);
        assertThat(send("POST", "/api/v1/assessments", TestKeys.INTAKE_A, "application/json",
                "{\"municipality\": \"Verborgenheim\", \"age\": ").statusCode()).isEqualTo(400);
        assertThat(send("GET", "/api/v1/assessments?reference=PRIV-REF-93817", TestKeys.AUDITOR, null, null).statusCode()).isEqualTo(200);
        assertThat(send("GET", "/api/v1/assessments/" + id, TestKeys.INTAKE_A, null, null).statusCode()).isEqualTo(200);
        assertThat(send("POST", "/api/v1/assessments/" + id + "/replay", TestKeys.INTAKE_A, null, null).statusCode()).isEqualTo(200);
        assertThat(send("PUT", "/api/v1/assessments/" + id + "/decision", TestKeys.INTAKE_A, "application/json",
                "{\"pathways\": [\"CARE_INTERNSHIP\"], \"outcome\": \"OVERRIDDEN\", \"reason\": \"reden-met-naam-Xyzzy\"}").statusCode())
                .isEqualTo(201);

        HttpResponse<String> batch = send("POST", "/api/v1/assessment-batches", TestKeys.SYSTEM_A, "application/x-ndjson",
                "{\"reference\": \"PRIV-BATCH-5521\", \"municipality\": \"Geheimstad\", \"age\": 40, \"languageLevel\": \"A2\"}\n"
                        + "{\"reference\": \"PRIV-BATCH-5521\", \"municipality\": \"Geheimstad\", \"age\": -1}\n");
        assertThat(batch.statusCode()).isEqualTo(202);
        String job = batch.headers().firstValue("Location").orElseThrow();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        JsonNode state;
        do {
            state = JSON.readTree(send("GET", job, TestKeys.SYSTEM_A, null, null).body());
            Thread.sleep(50);
        } while (!"DONE".equals(state.path("status").asText()) && Instant.now().isBefore(deadline));
        assertThat(state.path("status").asText()).isEqualTo("DONE");
        assertThat(send("GET", "/api/v1/assessments/export?format=csv", TestKeys.AUDITOR, null, null).statusCode()).isEqualTo(200);

        // The same through the pages: sign-in, a what-if, saving, a decision, the PDF.
        PageSession officer = new PageSession(port);
        assertThat(PageSession.location(officer.signIn(TestKeys.PERSON_INTAKE, TestKeys.PASSWORD))).hasValue("/");
        officer.get("/");
        Map<String, String> intake = Map.of("reference", "PRIV-PAGE-4242", "municipality", "Geheimstad", "age", "29",
                "languageLevel", "A2", "education.subject", "zeldzaamvak4711");
        assertThat(officer.post("/advies/bekijken", intake).statusCode()).isEqualTo(200);
        String saved = PageSession.location(officer.post("/advies", intake)).orElseThrow().replace("?opgeslagen", "");
        officer.get(saved);
        assertThat(PageSession.location(officer.post(saved + "/besluit", Map.of("reden", "paginareden-Qwerty")))).isPresent();
        assertThat(officer.get(saved + "/pdf").statusCode()).isEqualTo(200);

        String logs = output.getAll();
        assertThat(logs).as("the run logged at DEBUG").contains("DEBUG");
        for (String personal : PERSONAL) {
            assertThat(logs).as("logs must not contain '%s'", personal).doesNotContain(personal);
        }
    }
}
