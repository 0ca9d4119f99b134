package nl.wegwijzer.ruleset;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.wegwijzer.access.TestKeys;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Publishing under load: intake officers keep asking advice over HTTP while policy staff swap the
 * rule set back and forth between two versions that decide a B1 teacher differently. No request may
 * fail, and every advice must be decided wholly by the version it names (no mixing).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HotSwapTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final String TEACHER_ON_B1 = """
            {"municipality": "Utrecht", "age": 35, "languageLevel": "B1", "education": {"level": "MASTER", "field": "TEACHING"}}""";

    @LocalServerPort
    int port;

    @Test
    void swapsUnderLoadLoseNothingAndNeverMixTwoVersions() throws Exception {
        int baseline = current();
        int widened = publishB1Change();

        AtomicBoolean running = new AtomicBoolean(true);
        ConcurrentLinkedQueue<HttpResponse<String>> answers = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Throwable> broken = new ConcurrentLinkedQueue<>();
        ExecutorService officers = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 4; i++) {
            officers.submit(() -> {
                while (running.get()) {
                    try {
                        answers.add(send("POST", "/api/v1/assessments", TEACHER_ON_B1, TestKeys.INTAKE_A));
                    } catch (Exception e) {
                        broken.add(e);
                    }
                }
            });
        }
        // Which content each new version carries: the baseline's or the widened one's.
        Map<Integer, Integer> contentOf = new HashMap<>(Map.of(baseline, baseline, widened, widened));
        for (int swap = 0; swap < 12; swap++) {
            int back = swap % 2 == 0 ? baseline : widened;
            HttpResponse<String> rolled = send("POST", "/api/v1/rulesets/" + back + "/rollback",
                    "{\"reason\": \"swap " + swap + " under load\"}", TestKeys.POLICY);
            assertThat(rolled.statusCode()).as(rolled.body()).isEqualTo(201);
            contentOf.put(JSON.readTree(rolled.body()).path("number").asInt(), back);
            Thread.sleep(150);
        }
        running.set(false);
        officers.shutdown();
        assertThat(officers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        // Leave the rules as the other tests expect them.
        assertThat(send("POST", "/api/v1/rulesets/" + baseline + "/rollback", "{\"reason\": \"test done\"}", TestKeys.POLICY)
                .statusCode()).isEqualTo(201);

        assertThat(broken).isEmpty();
        assertThat(answers).hasSizeGreaterThan(100);
        Map<Integer, String> hashes = new HashMap<>();
        for (JsonNode v : JSON.readTree(send("GET", "/api/v1/rulesets", null, TestKeys.POLICY).body())) {
            hashes.put(v.path("number").asInt(), v.path("hash").asText());
        }
        Map<Integer, Integer> seen = new HashMap<>();
        for (HttpResponse<String> answer : answers) {
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
            JsonNode advice = JSON.readTree(answer.body());
            int version = advice.path("ruleSetVersion").asInt();
            assertThat(contentOf).as("advice names a version of this test: %s", version).containsKey(version);
            assertThat(advice.path("ruleSetHash").asText()).isEqualTo(hashes.get(version));
            String expected = contentOf.get(version) == widened ? "RECOMMENDED" : "NOT_ELIGIBLE";
            assertThat(status(advice, "PERSPECTIEFGROEP")).as("advice by version %s", version).isEqualTo(expected);
            // The language finding behind the status must come from the same version as the status.
            assertThat(conditionState(advice, "PERSPECTIEFGROEP", "LANGUAGE_LEVEL"))
                    .isEqualTo(contentOf.get(version) == widened ? "MET" : "UNMET");
            seen.merge(contentOf.get(version), 1, Integer::sum);
        }
        assertThat(seen).as("both versions decided some advices").containsKeys(baseline, widened);
    }

    /** The README's example: B1 joins the Perspectiefgroep, its scenarios changed with it (docs/voorbeeld-b1). */
    private int publishB1Change() throws Exception {
        String boundary = "----" + UUID.randomUUID();
        StringBuilder body = new StringBuilder("--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"reason\"\r\n\r\nB1 in de Perspectiefgroep\r\n");
        for (String file : List.of("taalniveau.drl.csv", "de-nieuwe-docent.feature")) {
            body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"files\"; filename=\"")
                    .append(file).append("\"\r\nContent-Type: text/plain\r\n\r\n")
                    .append(Files.readString(Path.of("docs", "voorbeeld-b1", file))).append("\r\n");
        }
        body.append("--").append(boundary).append("--\r\n");
        HttpResponse<String> draft = CLIENT.send(HttpRequest.newBuilder(uri("/api/v1/rulesets/drafts"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("X-API-Key", TestKeys.POLICY)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(draft.statusCode()).as(draft.body()).isEqualTo(201);
        String location = draft.headers().firstValue("Location").orElseThrow();
        assertThat(send("POST", location + "/approval", "{}", TestKeys.POLICY_B).statusCode()).isEqualTo(200);
        HttpResponse<String> published = send("POST", location + "/publication",
                "{\"effectiveFrom\": \"" + java.time.OffsetDateTime.now() + "\"}", TestKeys.POLICY);
        assertThat(published.statusCode()).as(published.body()).isEqualTo(201);
        return JSON.readTree(published.body()).path("number").asInt();
    }

    private int current() throws Exception {
        return JSON.readTree(send("GET", "/api/v1/rulesets/current", null, TestKeys.POLICY).body()).path("version").asInt();
    }

    private static String status(JsonNode advice, String pathway) {
        List<String> found = new ArrayList<>();
        advice.path("pathways").forEach(p -> {
            if (p.path("code").asText().equals(pathway)) {
                found.add(p.path("status").asText());
            }
        });
        return found.get(0);
    }

    private static String conditionState(JsonNode advice, String pathway, String condition) {
        for (JsonNode p : advice.path("pathways")) {
            if (p.path("code").asText().equals(pathway)) {
                for (JsonNode c : p.path("conditions")) {
                    if (c.path("code").asText().equals(condition)) {
                        return c.path("state").asText();
                    }
                }
            }
        }
        return "ABSENT";
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private HttpResponse<String> send(String method, String path, String body, String key) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("X-API-Key", key)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
