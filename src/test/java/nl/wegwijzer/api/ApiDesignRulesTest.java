package nl.wegwijzer.api;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.wegwijzer.support.TestHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract the service serves is linted with Spectral against the NL API Design Rules (Logius,
 * pinned by commit in src/test/spectral) and the OWASP API Security ruleset, and may have no error.
 * The contract is also readable from any origin, with a CORS preflight that needs no key.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiDesignRulesTest {
    private static final Path SPECTRAL = Path.of("target", "spectral", "node_modules", ".bin", "spectral");

    @LocalServerPort
    int port;

    @Test
    void theServedContractHasNoErrorUnderTheLogiusAndOwaspRulesets(@TempDir Path temp) throws Exception {
        assertThat(SPECTRAL).as("Spectral, installed by the build (npm ci in target/spectral)").exists();
        HttpResponse<String> served = new TestHttp(port).get("/api/v1/openapi.yaml", null);
        assertThat(served.statusCode()).isEqualTo(200);
        Path contract = temp.resolve("openapi.yaml");
        Files.writeString(contract, served.body());
        assertThat(errors(contract, Path.of("src/test/spectral/logius-api-design-rules.yaml"))).as("Logius API Design Rules").isEmpty();
        assertThat(errors(contract, Path.of("src/test/spectral/owasp.yaml"))).as("OWASP API Security ruleset").isEmpty();
    }

    @Test
    void theContractIsReadableFromAnyOriginWithoutAKey() {
        TestHttp http = new TestHttp(port);
        for (String path : List.of("/api/v1/openapi.json", "/api/v1/openapi.yaml")) {
            HttpResponse<String> plain = http.get(path, null);
            assertThat(plain.headers().firstValue("Access-Control-Allow-Origin")).as(path).contains("*");
            HttpResponse<String> preflight = http.send("OPTIONS", path, null, null, null, Map.of(
                    "Origin", "https://portaal.example.org", "Access-Control-Request-Method", "GET"));
            assertThat(preflight.statusCode()).as("preflight of %s: %s", path, preflight.body()).isEqualTo(200);
            assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
            assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods")).hasValueSatisfying(m -> assertThat(m).contains("GET"));
        }
        HttpResponse<String> api = http.send("OPTIONS", "/api/v1/assessments", null, null, null, Map.of(
                "Origin", "https://portaal.example.org", "Access-Control-Request-Method", "POST"));
        assertThat(api.headers().firstValue("Access-Control-Allow-Origin")).as("the API itself is not open to other origins").isEmpty();
    }

    /** Spectral's findings of severity error (0) for the document under the ruleset. */
    private static List<String> errors(Path contract, Path ruleset) throws IOException, InterruptedException {
        Process lint = new ProcessBuilder(SPECTRAL.toAbsolutePath().toString(), "lint", "--quiet", "-f", "json", "-r",
                ruleset.toAbsolutePath().toString(), contract.toAbsolutePath().toString())
                .redirectErrorStream(false).start();
        String out = new String(lint.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(lint.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(lint.waitFor(120, TimeUnit.SECONDS)).isTrue();
        JsonNode findings = new ObjectMapper().readTree(out.isBlank() ? "[]" : out.substring(out.indexOf('[')));
        assertThat(findings.isArray()).as("Spectral's answer: %s %s", out, err).isTrue();
        List<String> errors = new ArrayList<>();
        findings.forEach(f -> {
            if (f.path("severity").asInt() == 0) {
                errors.add(f.path("code").asText() + " at " + f.path("path") + ": " + f.path("message").asText());
            }
        });
        return errors;
    }
}
