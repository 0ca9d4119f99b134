package nl.wegwijzer.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.wegwijzer.access.TestKeys;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests a hostile client sends: malformed paths and methods Tomcat answers itself, bodies that are
 * too deep, too long, doubled or not Unicode, headers and bodies beyond their limits. Every one is a
 * 4xx problem with API-Version that names the limit or field, never a 500, never framework internals,
 * never a stack trace in the log.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class HostileRequestsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Test
    void whatTomcatRefusesItselfIsAProblemToo(CapturedOutput output) throws IOException {
        problem(get("/api/v1/assessments/%zz", TestKeys.INTAKE_A), 400);
        problem(send("TRACE /api/v1/pathways HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", null), 405);
        problem(send("GET /api/v1/pathways HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(20_000) + "\r\nConnection: close\r\n\r\n", null),
                400);
        problem(send("GET /api/v1/pathways?" + "q=1&".repeat(5_000) + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", null), 400);
        problem(send("GET /api/v1/path ways HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", null), 400);
        assertNoStackTrace(output);
    }

    @Test
    void unknownPathsAndMethodsSayNothingOfTheFramework() throws IOException {
        RawHttp.Answer unknown = problem(get("/api/v1/personen", TestKeys.INTAKE_A), 404);
        assertThat(unknown.body()).doesNotContainIgnoringCase("static resource").doesNotContain("Spring");
        RawHttp.Answer trailing = problem(get("/api/v1/pathways/", TestKeys.INTAKE_A), 404);
        assertThat(trailing.body()).doesNotContainIgnoringCase("static resource");
        RawHttp.Answer wrongType = problem(post("/api/v1/assessments", "text/plain", "x".getBytes(StandardCharsets.UTF_8)), 415);
        assertThat(wrongType.body()).contains("application/json");
        RawHttp.Answer html = problem(send("GET /api/v1/pathways HTTP/1.1\r\nHost: x\r\nX-API-Key: " + TestKeys.INTAKE_A
                + "\r\nAccept: text/html\r\nConnection: close\r\n\r\n", null), 406);
        assertThat(html.body()).contains("application/json");
    }

    @Test
    void bodiesBeyondTheirBoundsAreRefusedNamingTheLimitOrField(CapturedOutput output) throws IOException {
        String deep = "{\"municipality\": \"Utrecht\", \"age\": 30, \"languageLevel\": \"A2\", \"x\": " + "[".repeat(5_000)
                + "]".repeat(5_000) + "}";
        assertThat(detail(problem(postJson(deep), 400))).contains("nested more than 16 levels deep");
        assertThat(detail(problem(postJson("{\"municipality\": \"Utrecht\", \"age\": " + "9".repeat(400) + ", \"languageLevel\": \"A2\"}"),
                400))).contains("a number longer than 30 characters");
        RawHttp.Answer twice = problem(postJson("{\"municipality\": \"Utrecht\", \"age\": 30, \"age\": 31, \"languageLevel\": \"A2\"}"), 400);
        assertThat(fields(twice)).contains("age");
        RawHttp.Answer surrogate = problem(postJson("{\"municipality\": \"Utrecht\\ud800\", \"age\": 30, \"languageLevel\": \"A2\"}"), 400);
        assertThat(fields(surrogate)).contains("municipality");
        byte[] latin1 = "{\"municipality\": \"Utr\u00e9cht\", \"age\": 30, \"languageLevel\": \"A2\"}".getBytes(StandardCharsets.ISO_8859_1);
        problem(post("/api/v1/assessments", "application/json", latin1), 400);
        RawHttp.Answer huge = problem(post("/api/v1/assessments", "application/json", new byte[100 * 1024 * 1024]), 413);
        assertThat(detail(huge)).contains("64 KiB");
        RawHttp.Answer hugeBatch = problem(send("POST /api/v1/assessment-batches HTTP/1.1\r\nHost: x\r\nX-API-Key: " + TestKeys.SYSTEM_A
                + "\r\nContent-Type: application/x-ndjson\r\nContent-Length: " + (20 * 1024 * 1024) + "\r\nConnection: close\r\n\r\n",
                new byte[20 * 1024 * 1024]), 413);
        assertThat(detail(hugeBatch)).contains("16 MiB");
        RawHttp.Answer longText = problem(postJson("{\"municipality\": \"" + "x".repeat(20_000) + "\", \"age\": 30, \"languageLevel\": \"A2\"}"),
                400);
        assertThat(detail(longText)).contains("a string longer than 10000 characters");
        assertNoStackTrace(output);
    }

    @Test
    void aBodyDeclaredTooLargeIsRefusedBeforeItIsSent(CapturedOutput output) throws IOException {
        // As curl sends a large upload: the head, Expect: 100-continue, and the body only once the server
        // says to go on. Refused on its Content-Length, the caller reads its 413 instead of sending
        // megabytes into a connection the server then resets.
        RawHttp.Answer advice = problem(send("POST /api/v1/assessments HTTP/1.1\r\nHost: x\r\nX-API-Key: " + TestKeys.INTAKE_A
                + "\r\nContent-Type: application/json\r\nContent-Length: " + (20 * 1024 * 1024) + "\r\nExpect: 100-continue\r\n"
                + "Connection: close\r\n\r\n", null), 413);
        assertThat(detail(advice)).contains("64 KiB");
        RawHttp.Answer batch = problem(send("POST /api/v1/assessment-batches HTTP/1.1\r\nHost: x\r\nX-API-Key: " + TestKeys.SYSTEM_A
                + "\r\nContent-Type: application/x-ndjson\r\nContent-Length: " + (200L * 1024 * 1024) + "\r\nExpect: 100-continue\r\n"
                + "Connection: close\r\n\r\n", null), 413);
        assertThat(detail(batch)).contains("16 MiB");
        assertNoStackTrace(output);
    }

    @Test
    void methodOverrideHeadersChangeNothing() throws IOException {
        RawHttp.Answer overridden = send("POST /api/v1/assessments/export?_method=GET HTTP/1.1\r\nHost: x\r\nX-API-Key: " + TestKeys.AUDITOR
                + "\r\nX-HTTP-Method-Override: GET\r\nX-HTTP-Method: GET\r\nX-Method-Override: GET\r\nContent-Length: 0\r\n"
                + "Connection: close\r\n\r\n", null);
        assertThat(overridden.status()).as(overridden.body()).isIn(403, 404, 405);
    }

    private static void assertNoStackTrace(CapturedOutput output) {
        List<String> traces = output.getAll().lines().filter(l -> l.startsWith("\tat ") || l.contains("Exception:")).toList();
        assertThat(traces).as("stack traces logged for a client's error").isEmpty();
    }

    private RawHttp.Answer problem(RawHttp.Answer answer, int status) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).as("content type of %s", answer.body()).startsWith("application/problem+json");
        assertThat(answer.header("API-Version")).as("API-Version").isNotBlank();
        assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
        JsonNode problem = json(answer);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("title").asText()).isNotBlank();
        assertThat(problem.path("detail").asText()).isNotBlank().doesNotContain("Exception").doesNotContain("org.");
        return answer;
    }

    private static String detail(RawHttp.Answer answer) {
        JsonNode problem = json(answer);
        return problem.path("detail").asText() + " " + problem.path("errors");
    }

    private static List<String> fields(RawHttp.Answer answer) {
        List<String> fields = new java.util.ArrayList<>();
        json(answer).path("errors").forEach(e -> fields.add(e.path("field").asText()));
        return fields;
    }

    private static JsonNode json(RawHttp.Answer answer) {
        try {
            return JSON.readTree(answer.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + answer.body(), e);
        }
    }

    private RawHttp.Answer get(String path, String key) throws IOException {
        return send("GET " + path + " HTTP/1.1\r\nHost: x\r\nX-API-Key: " + key + "\r\nConnection: close\r\n\r\n", null);
    }

    private RawHttp.Answer postJson(String body) throws IOException {
        return post("/api/v1/assessments", "application/json", body.getBytes(StandardCharsets.UTF_8));
    }

    private RawHttp.Answer post(String path, String type, byte[] body) throws IOException {
        return send("POST " + path + " HTTP/1.1\r\nHost: x\r\nX-API-Key: " + TestKeys.INTAKE_A + "\r\nContent-Type: " + type
                + "\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n", body);
    }

    private RawHttp.Answer send(String head, byte[] body) throws IOException {
        return RawHttp.send(port, head, body);
    }
}
