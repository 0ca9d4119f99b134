package nl.wegwijzer.access;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import nl.wegwijzer.support.TestHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A municipal system calls with a JWT bearer token from the municipality's authorisation server (a
 * real OAuth2/OIDC server, started here): it gets a token by the client-credentials grant, and
 * Wegwijzer checks signature, issuer, audience, expiry, client (azp) and scopes against the server's
 * published keys. Tokens from another server or for another API, expired ones and ones without
 * Wegwijzer's scopes are refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BearerTokenTest {
    private static final String ISSUER = "gemeente";
    private static final MockOAuth2Server AUTHORISATION = started();
    private static final MockOAuth2Server OTHER = started();
    private static final String INTAKE = """
            {"reference": "JWT-1", "municipality": "Utrecht", "age": 35, "languageLevel": "B1"}""";

    @LocalServerPort
    int port;
    TestHttp http;

    private static MockOAuth2Server started() {
        MockOAuth2Server server = new MockOAuth2Server();
        server.start();
        return server;
    }

    @DynamicPropertySource
    static void issuer(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> AUTHORISATION.issuerUrl(ISSUER).toString());
        registry.add("spring.security.oauth2.resourceserver.jwt.audiences", () -> "wegwijzer");
    }

    @AfterAll
    static void stop() {
        AUTHORISATION.shutdown();
        OTHER.shutdown();
    }

    @BeforeEach
    void open() {
        http = new TestHttp(port);
    }

    @Test
    void aSystemWithATokenFromTheClientCredentialsGrantGetsAdviceAsItsClient() throws Exception {
        String token = clientCredentials(AUTHORISATION, "zaaksysteem-utrecht", "wegwijzer:system openid");
        HttpResponse<String> advice = bearer("POST", "/api/v1/assessments", INTAKE, token);
        assertThat(advice.statusCode()).as(advice.body()).isEqualTo(201);

        HttpResponse<String> listed = http.get("/api/v1/assessments?reference=JWT-1", TestKeys.AUDITOR);
        assertThat(TestHttp.json(listed).path("items")).anySatisfy(item ->
                assertThat(item.path("clientId").asText()).isEqualTo("zaaksysteem-utrecht"));
        HttpResponse<String> batchRole = bearer("GET", "/api/v1/assessment-batches/" + UUID.randomUUID(), null, token);
        assertThat(batchRole.statusCode()).as("SYSTEM may read batches").isEqualTo(404);
    }

    @Test
    void theTokensScopesAreItsRoles() throws Exception {
        String policy = clientCredentials(AUTHORISATION, "beleidsportaal", "wegwijzer:policy");
        assertThat(bearer("POST", "/api/v1/assessments", INTAKE, policy).statusCode()).isEqualTo(403);
        assertThat(bearer("GET", "/api/v1/statistics", null, policy).statusCode()).isEqualTo(200);
    }

    @Test
    void tokensFromAnotherServerExpiredOrWithoutOurScopeAreRefused() throws Exception {
        assertRefused(clientCredentials(OTHER, "zaaksysteem-utrecht", "wegwijzer:system"));
        assertRefused(clientCredentials(AUTHORISATION, "zaaksysteem-utrecht", "openid profile"));
        AUTHORISATION.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER, "zaaksysteem-utrecht", "JWT", List.of("wegwijzer"),
                Map.of("azp", "zaaksysteem-utrecht", "scope", "wegwijzer:system"), -60));
        assertRefused(tokenFromEndpoint(AUTHORISATION, "zaaksysteem-utrecht", "wegwijzer:system"));
        AUTHORISATION.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER, "zaaksysteem-utrecht", "JWT", List.of("andere-api"),
                Map.of("azp", "zaaksysteem-utrecht", "scope", "wegwijzer:system"), 300));
        assertRefused(tokenFromEndpoint(AUTHORISATION, "zaaksysteem-utrecht", "wegwijzer:system"));
        assertRefused("eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.");
        assertRefused(AUTHORISATION.issueToken(ISSUER, "zaaksysteem-utrecht", "wegwijzer:system").serialize() + "x");
    }

    private void assertRefused(String token) {
        HttpResponse<String> answer = bearer("POST", "/api/v1/assessments", INTAKE, token);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(401);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(answer.headers().allValues("WWW-Authenticate")).anySatisfy(v -> assertThat(v).startsWith("Bearer"));
    }

    /** A token as a system gets one: the client-credentials grant at the server's token endpoint. */
    private static String clientCredentials(MockOAuth2Server server, String client, String scope) throws Exception {
        server.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER, client, "JWT", List.of("wegwijzer"),
                Map.of("azp", client, "scope", scope), 300));
        return tokenFromEndpoint(server, client, scope);
    }

    private static String tokenFromEndpoint(MockOAuth2Server server, String client, String scope) throws IOException, InterruptedException {
        String form = "grant_type=client_credentials&client_id=" + client + "&client_secret=geheim&scope="
                + java.net.URLEncoder.encode(scope, java.nio.charset.StandardCharsets.UTF_8);
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.tokenEndpointUrl(ISSUER).toString()))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode token = TestHttp.JSON.readTree(answer.body());
        return token.path("access_token").asText();
    }

    private HttpResponse<String> bearer(String method, String path, String json, String token) {
        return http.send(method, path, json == null ? null : "application/json",
                json == null ? null : json.getBytes(java.nio.charset.StandardCharsets.UTF_8), null, Map.of("Authorization", "Bearer " + token));
    }
}
