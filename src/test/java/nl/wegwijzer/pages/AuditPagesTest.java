package nl.wegwijzer.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.wegwijzer.access.TestKeys;
import nl.wegwijzer.support.TestHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit view in a real browser, as an auditor uses it: the assessments filtered by reference,
 * recommended pathway and the officer's decision, one assessment with its decisions and its replay
 * under today's rules, and the statistics as charts whose figures are the API's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(KeepFailures.class)
class AuditPagesTest {
    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");
    private static Browser browser;

    @LocalServerPort
    int port;
    private TestHttp http;

    @BeforeEach
    void open() {
        http = new TestHttp(port);
        if (browser == null) {
            browser = Browser.open(port);
        }
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    @Test
    void anAuditorFiltersReadsReplaysAndCounts() {
        // One case assessed three times: followed, overridden, no decision yet.
        String reference = "AUDIT-" + UUID.randomUUID().toString().substring(0, 6);
        String followed = assess(reference, "FOLLOWED", "PERSPECTIEFGROEP");
        String overridden = assess(reference, "OVERRIDDEN", "BAANPARTICIPATIEGROEP");
        String open = assess(reference, null, null);

        browser.signIn(TestKeys.PERSON_AUDITOR).get("/audit");
        assertThat(browser.all(".kop__menu a").stream().map(WebElement::getText).toList()).containsExactly("Audit", "Statistieken");
        assertThat(browser.seriousViolations()).as("axe on the list").isEmpty();

        filter(reference, "", "");
        assertThat(shown()).containsExactlyInAnyOrder(followed, overridden, open);
        assertThat(browser.all("main table.tabel tbody tr td:nth-child(2)").stream().map(WebElement::getText).distinct().toList())
                .containsExactly(reference);
        assertThat(browser.all("main table.tabel tbody tr td:nth-child(3)").stream().map(WebElement::getText).distinct().toList())
                .as("recommended pathways by name, as the filter names them").containsExactly("Perspectiefgroep (De Nieuwe Docent); Vrijwilligerswerk op een school");
        browser.screenshot("20-audit-lijst");
        filter(reference, "", "OVERRIDDEN");
        assertThat(shown()).containsExactly(overridden);
        filter(reference, "", "FOLLOWED");
        assertThat(shown()).containsExactly(followed);
        filter(reference, "", "NONE");
        assertThat(shown()).containsExactly(open);
        filter(reference, "PERSPECTIEFGROEP", "");
        assertThat(shown()).as("teachers on A2: Perspectiefgroep recommended").containsExactlyInAnyOrder(followed, overridden, open);
        filter(reference, "BAANPARTICIPATIEGROEP", "");
        assertThat(shown()).isEmpty();
        assertThat(browser.text("main")).contains("Geen beoordelingen gevonden.");

        browser.find("#van").sendKeys("31-02-2026");
        browser.submit("form.filters button");
        assertThat(browser.text("#van-fout")).contains("jjjj-mm-dd");

        // One assessment: its decisions, and the same advice under today's rules.
        browser.get("/audit/" + overridden);
        assertThat(browser.text(".geschiedenis")).contains("Afgeweken").contains("Baanparticipatiegroep (De Nieuwe Docent)")
                .contains("wacht op B1");
        browser.submit("form[action$='/opnieuw'] button");
        assertThat(browser.text("#opnieuw-titel + div")).contains("blijft het advies gelijk");
        assertThat(browser.seriousViolations()).as("axe on one assessment").isEmpty();
        browser.screenshot("21-audit-beoordeling");

        // The statistics: the figures of this week are the API's.
        browser.get("/audit/statistieken");
        LocalDate monday = LocalDate.now(NETHERLANDS).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        JsonNode week = TestHttp.json(http.get("/api/v1/statistics?from=" + encode(monday.atStartOfDay(NETHERLANDS))
                + "&to=" + encode(monday.plusWeeks(1).atStartOfDay(NETHERLANDS)), TestKeys.AUDITOR));
        List<WebElement> tables = browser.all("main table.tabel");
        WebElement decisions = tables.get(tables.size() - 1);
        assertThat(lastCell(decisions, "gevolgd")).isEqualTo(week.path("followed").asText());
        assertThat(lastCell(decisions, "afgeweken")).isEqualTo(week.path("overridden").asText());
        long perspectief = 0;
        for (JsonNode p : week.path("pathways")) {
            perspectief += p.path("code").asText().equals("PERSPECTIEFGROEP") ? p.path("recommended").asLong() : 0;
        }
        assertThat(perspectief).isGreaterThanOrEqualTo(3);
        assertThat(lastCell(tables.get(0), "Perspectiefgroep (De Nieuwe Docent)")).isEqualTo(Long.toString(perspectief));
        assertThat(browser.all("svg.grafiek rect.balk")).isNotEmpty();
        assertThat(browser.seriousViolations()).as("axe on the statistics").isEmpty();
        browser.screenshot("22-audit-statistieken");
    }

    /** Stores a teacher on A2 under this reference (and a decision, if given); returns the id. */
    private String assess(String reference, String outcome, String pathway) {
        JsonNode advice = TestHttp.json(http.postJson("/api/v1/assessments", """
                {"reference": "%s", "municipality": "Utrecht", "age": 40, "languageLevel": "A2",
                 "education": {"level": "MASTER", "field": "TEACHING", "teachingExperienceYears": 4}}""".formatted(reference),
                TestKeys.INTAKE_A));
        String id = advice.path("id").asText();
        if (outcome != null) {
            var decided = http.send("PUT", "/api/v1/assessments/" + id + "/decision", "application/json", """
                    {"pathways": ["%s"], "outcome": "%s", "reason": "wacht op B1"}""".formatted(pathway, outcome)
                    .getBytes(StandardCharsets.UTF_8), TestKeys.INTAKE_A, java.util.Map.of());
            assertThat(decided.statusCode()).as(decided.body()).isIn(200, 201);
        }
        return id;
    }

    private static void filter(String reference, String pathway, String decision) {
        browser.get("/audit");
        browser.find("#referentie").sendKeys(reference);
        new Select(browser.find("#traject")).selectByValue(pathway);
        new Select(browser.find("#besluit")).selectByValue(decision);
        browser.submit("form.filters button");
    }

    /** The assessments the list shows, by id (from their links). */
    private static List<String> shown() {
        return browser.all("main table.tabel tbody tr td:first-child a").stream()
                .map(a -> a.getAttribute("href").replaceAll("^.*/audit/", "")).toList();
    }

    private static String lastCell(WebElement table, String rowHeader) {
        WebElement row = table.findElement(By.xpath(".//tr[th[normalize-space()='" + rowHeader + "']]"));
        List<WebElement> cells = row.findElements(By.tagName("td"));
        return cells.get(cells.size() - 1).getText();
    }

    private static String encode(java.time.ZonedDateTime moment) {
        return URLEncoder.encode(moment.toOffsetDateTime().toString(), StandardCharsets.UTF_8);
    }
}
