package nl.wegwijzer.access;

import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.wegwijzer.support.TestHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client over its budget is told to wait (429 with Retry-After) while other clients carry on; an
 * address that keeps failing to authenticate is refused for a while, even with a valid key.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "wegwijzer.security.rate-limit.per-second=2", "wegwijzer.security.rate-limit.burst=5",
        "wegwijzer.security.failed-attempts.limit=3", "wegwijzer.security.failed-attempts.window=3s"})
class RateLimitTest {
    @LocalServerPort
    int port;

    @Test
    void aClientOverItsBudgetWaitsAndOthersDoNot() throws InterruptedException {
        TestHttp http = new TestHttp(port);
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> within = http.get("/api/v1/pathways", TestKeys.AUDITOR);
            assertThat(within.statusCode()).as("request %d within the burst", i).isEqualTo(200);
            assertThat(within.headers().firstValue("RateLimit-Limit")).contains("5");
            assertThat(within.headers().firstValue("RateLimit-Remaining")).contains(String.valueOf(4 - i));
        }
        HttpResponse<String> over = http.get("/api/v1/pathways", TestKeys.AUDITOR);
        assertThat(over.statusCode()).isEqualTo(429);
        assertThat(over.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(over.headers().firstValue("API-Version")).isPresent();
        long wait = Long.parseLong(over.headers().firstValue("Retry-After").orElseThrow());
        assertThat(wait).isBetween(1L, 2L);
        JsonNode problem = TestHttp.json(over);
        assertThat(problem.path("detail").asText()).contains("2 requests a second (bursts of 5)");

        assertThat(http.get("/api/v1/pathways", TestKeys.POLICY).statusCode()).as("another client").isEqualTo(200);
        Thread.sleep(wait * 1000);
        assertThat(http.get("/api/v1/pathways", TestKeys.AUDITOR).statusCode()).as("after Retry-After").isEqualTo(200);
    }

    @Test
    void anAddressThatKeepsFailingToAuthenticateIsRefusedForAWhile() throws InterruptedException {
        TestHttp http = new TestHttp(port);
        for (int i = 0; i < 3; i++) {
            assertThat(http.get("/api/v1/pathways", "wgw_guess-" + i).statusCode()).isEqualTo(401);
        }
        HttpResponse<String> blocked = http.get("/api/v1/pathways", TestKeys.INTAKE_B);
        assertThat(blocked.statusCode()).as("even a valid key, from this address, for now").isEqualTo(429);
        assertThat(TestHttp.json(blocked).path("detail").asText()).contains("failed attempts to authenticate");
        long wait = Long.parseLong(blocked.headers().firstValue("Retry-After").orElseThrow());
        assertThat(wait).isBetween(1L, 3L);
        assertThat(http.get("/api/v1/openapi.json", null).statusCode()).as("the contract stays open").isEqualTo(200);
        Thread.sleep(wait * 1000 + 200);
        assertThat(http.get("/api/v1/pathways", TestKeys.INTAKE_B).statusCode()).isEqualTo(200);
    }
}
