package nl.wegwijzer.pages;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.wegwijzer.access.TestKeys;
import nl.wegwijzer.support.TestHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages are Dutch whatever language the browser asks for, the numbers in their sentences too:
 * "1.200 beoordelingen", not "1,200 beoordelingen" for a browser set to English.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PageLanguageTest {
    @LocalServerPort
    int port;

    @Test
    void numbersReadDutchForABrowserSetToEnglish() throws Exception {
        String reference = "TAAL-" + UUID.randomUUID().toString().substring(0, 8);
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 1200; i++) {
            lines.append("{\"reference\": \"").append(reference).append("\", \"municipality\": \"Utrecht\", \"age\": 30, \"languageLevel\": \"A2\"}\n");
        }
        TestHttp http = new TestHttp(port);
        var accepted = http.send("POST", "/api/v1/assessment-batches", "application/x-ndjson",
                lines.toString().getBytes(StandardCharsets.UTF_8), TestKeys.SYSTEM_A, Map.of());
        assertThat(accepted.statusCode()).isEqualTo(202);
        String job = accepted.headers().firstValue("Location").orElseThrow();
        Instant deadline = Instant.now().plusSeconds(60);
        while (!"DONE".equals(TestHttp.json(http.get(job, TestKeys.SYSTEM_A)).path("status").asText()) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }

        for (String language : new String[] {"en-US,en;q=0.9", "de-DE", "nl-NL"}) {
            PageSession auditor = new PageSession(port).language(language);
            auditor.signIn(TestKeys.PERSON_AUDITOR, TestKeys.PASSWORD);
            String page = auditor.get("/audit?referentie=" + reference).body();
            assertThat(page).as(language).contains("1.200 beoordelingen").doesNotContain("1,200");
            assertThat(auditor.get("/audit?referentie=" + reference).headers().firstValue("Content-Language")).as(language)
                    .hasValueSatisfying(l -> assertThat(l).startsWith("nl"));
        }
    }
}
