package nl.wegwijzer.pages;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.wegwijzer.access.TestKeys;
import nl.wegwijzer.support.TestHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rule desk in a real browser, as two policy officers use it: a threshold of the care internship
 * changed in the grid (16 → 18 hours a week), a refused cell shown where it is, the draft's validation
 * with the scenario that the change breaks, the scenario brought along, the impact on stored advice,
 * approval by the second officer (never the author), publication, the version's diff, the advice an
 * officer then sees — and a rollback that brings the old rules back. A text cell carries markup
 * throughout: every page shows it as text.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(KeepFailures.class)
class RuleDeskPagesTest {
    private static final String TABLE = "variis-en-zorgstage/uren-zorgstage.drl.csv";
    private static final String FEATURE = "variis-en-zorgstage/zorgstage.feature";
    private static final String HOSTILE = "<img src=x id=xss-proef onerror=alert(1)>";
    private static final String TOO_FEW = "Slechts {hoursAvailablePerWeek} uur per week " + HOSTILE
            + ": de zorgstage vraagt 18 uur per week.";
    private static final String SIXTEEN_HOURS = """
            {"reference": "DESK-16", "municipality": "Apeldoorn", "age": 34, "languageLevel": "B1",
             "work": {"hoursAvailablePerWeek": 16}, "inburgering": {"completedProgrammes": ["VARIIS_EMPOWERMENT"]}}""";
    private static Browser browser;

    @LocalServerPort
    int port;
    private TestHttp http;
    private Map<String, String> originalFiles;
    private int originalVersion;

    @BeforeEach
    void open() {
        http = new TestHttp(port);
        originalFiles = files();
        originalVersion = TestHttp.json(http.get("/api/v1/rulesets/current", TestKeys.POLICY)).path("version").asInt();
        if (browser == null) {
            browser = Browser.open(port);
        }
    }

    @AfterEach
    void restore() {
        // Whatever happened above, the other tests find the rules as the repository has them.
        if (!files().equals(originalFiles)) {
            http.postJson("/api/v1/rulesets/" + originalVersion + "/rollback", "{\"reason\": \"test teruggezet\"}", TestKeys.POLICY);
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
    void aThresholdFollowedFromTheGridToPublicationAndBack() {
        assertThat(http.postJson("/api/v1/assessments", SIXTEEN_HOURS, TestKeys.INTAKE_A).statusCode()).isEqualTo(201);

        // The desk: every table, by programme.
        browser.signIn(TestKeys.PERSON_POLICY).get("/beleid");
        assertThat(browser.all("main h2").stream().map(WebElement::getText).toList())
                .contains("VARIIS en de zorgstage", "De Nieuwe Docent", "Wetten");
        assertThat(browser.seriousViolations()).as("axe on the desk").isEmpty();
        browser.screenshot("10-regelbureau");
        // A long table opens a page at a time: all 342 municipalities, 100 rows a page.
        browser.get("/beleid/tabel?pad=gemeenten/gemeenten.drl.csv&pagina=3");
        assertThat(browser.all("table.rooster tbody tr")).hasSize(42);
        assertThat(browser.text("main")).contains("Rijen 301 tot en met 342 van 342.");
        assertThat(browser.all("a[aria-current=page]")).singleElement().satisfies(a -> assertThat(a.getText()).isEqualTo("Pagina 4"));
        browser.get("/beleid");
        browser.driver.findElement(By.linkText(TABLE)).click();
        browser.waitUntil(ExpectedConditions.urlContains("/beleid/tabel"));

        // The grid: Dutch column titles with the kind of value, the source column, rows without a scenario marked.
        assertThat(browser.text("#kol-0-C")).contains("C: Minstens uur per week").contains("een heel getal");
        assertThat(browser.text("#kol-0-K")).contains("Bron");
        JsonNode table = TestHttp.json(http.get("/api/v1/rulesets/tables?path=" + TABLE, TestKeys.POLICY));
        long unexercised = 0;
        for (JsonNode row : table.path("tables").get(0).path("rows")) {
            unexercised += row.path("exercised").asBoolean() ? 0 : 1;
        }
        assertThat(browser.all(".rij--zonder-scenario")).hasSize((int) unexercised);
        assertThat(browser.seriousViolations()).as("axe on the grid").isEmpty();

        // A word where a number goes: refused, at its row and column.
        cell("10", "C", "veel");
        save("Drempel zorgstage naar 18 uur");
        assertThat(browser.find("td.cel--fout #cel-10-C")).isNotNull();
        assertThat(browser.text("#fout-10-C")).isEqualTo("«veel» past hier niet. Hier hoort: een heel getal van 0 tot 999999.");
        assertThat(browser.text("#fouten")).contains("10");
        assertThat(browser.seriousViolations()).as("axe on the refused grid").isEmpty();
        browser.screenshot("11-tabel-geweigerde-cel");

        // The threshold without its scenario: the draft exists, its validation names the broken scenario.
        cell("10", "C", "18");
        cell("11", "D", "18");
        cell("11", "I", TOO_FEW);
        save("Drempel zorgstage naar 18 uur");
        browser.waitUntil(ExpectedConditions.urlContains("/beleid/concepten/"));
        assertThat(browser.text("#controle-titel + .utrecht-alert")).contains("Het concept is niet geldig");
        assertThat(browser.text("main")).contains("zorgstage.feature").contains("iemand die werk wil, met VARIIS");
        browser.screenshot("12-concept-scenario-faalt");

        // Again, with the scenario brought along: valid.
        browser.get("/beleid/tabel?pad=" + TABLE);
        cell("10", "C", "18");
        cell("11", "D", "18");
        cell("11", "I", TOO_FEW);
        WebElement scenario = scenario(FEATURE);
        String text = scenario.getAttribute("value");
        assertThat(text).contains("| Apeldoorn | B1   | OTHER      | 16   | VARIIS_EMPOWERMENT |");
        scenario.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        scenario.sendKeys(text.replace("| Apeldoorn | B1   | OTHER      | 16   | VARIIS_EMPOWERMENT |",
                "| Apeldoorn | B1   | OTHER      | 18   | VARIIS_EMPOWERMENT |"));
        save("Drempel zorgstage naar 18 uur, met scenario");
        browser.waitUntil(ExpectedConditions.urlContains("/beleid/concepten/"));
        String draft = browser.url();
        assertThat(browser.text("#controle-titel + .utrecht-alert")).contains("Het concept is geldig");
        assertThat(browser.text("main")).contains(HOSTILE);
        assertThat(browser.all("#xss-proef")).as("markup in a cell stays text").isEmpty();

        // Impact: the stored advice with 16 hours moves from eligible to not eligible.
        // Impact: worked out in the background; the page says how far it is, and shows the report when done.
        browser.submit("form[action$='/impact'] button");
        assertThat(browser.url()).contains("?impact=");
        for (int i = 0; i < 100 && !browser.all("#impact-voortgang").isEmpty(); i++) {
            assertThat(browser.text("#impact-voortgang")).startsWith("De impact wordt berekend:");
            assertThat(browser.seriousViolations()).as("axe on the draft while its impact is worked out").isEmpty();
            browser.submit("#impact-voortgang + p a");
        }
        assertThat(browser.text("#impact-titel ~ table")).contains("Zorgstage (Blijven is meedoen) Mogelijk Past niet");
        assertThat(browser.seriousViolations()).as("axe on the draft with impact").isEmpty();
        browser.screenshot("13-concept-impact");

        // Four eyes: the author cannot approve; the second officer does, and publishes now.
        browser.submit("form[action$='/goedkeuring'] button");
        assertThat(browser.text("main .utrecht-alert--error")).contains("Een andere beleidsmedewerker moet het goedkeuren");
        browser.signIn(TestKeys.PERSON_POLICY_B).get(draft);
        browser.find("#notitie").sendKeys("Gezien, akkoord.");
        browser.submit("form[action$='/goedkeuring'] button");
        browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form[action$='/publicatie']")));
        browser.submit("form[action$='/publicatie'] button");
        browser.waitUntil(ExpectedConditions.urlContains("/beleid/versies?gepubliceerd="));
        int published = Integer.parseInt(browser.url().replaceAll(".*gepubliceerd=(\\d+).*", "$1"));
        assertThat(published).isGreaterThan(originalVersion);
        WebElement newest = browser.all("article.traject").get(0);
        assertThat(newest.getText()).contains("Versie " + published).contains("geldt nu").contains("beleid-a").contains("beleid-b");
        newest.findElement(By.tagName("summary")).click();
        assertThat(texts(newest, "tr.diff-toegevoegd")).anySatisfy(line -> assertThat(line).contains(HOSTILE));
        assertThat(browser.all("#xss-proef")).isEmpty();
        assertThat(browser.seriousViolations()).as("axe on the versions").isEmpty();
        browser.screenshot("14-versies");

        // What an intake officer now sees for 16 hours: not eligible, the reason as text.
        browser.signIn(TestKeys.PERSON_INTAKE);
        JsonNode preview = TestHttp.json(http.postJson("/api/v1/assessment-previews", SIXTEEN_HOURS, TestKeys.INTAKE_A));
        assertThat(preview.path("ruleSetVersion").asInt()).isEqualTo(published);
        browser.find("#veld-municipality").sendKeys("Apeldoorn");
        browser.find("#veld-age").sendKeys("34");
        new Select(browser.find("#veld-languageLevel")).selectByValue("B1");
        browser.find("#veld-work-hoursAvailablePerWeek").sendKeys("16");
        browser.find("#veld-inburgering-completedProgrammes-VARIIS_EMPOWERMENT").click();
        browser.submit("#bekijken");
        WebElement care = browser.find("#traject-CARE_INTERNSHIP");
        assertThat(care.getAttribute("data-status")).isEqualTo("NOT_ELIGIBLE");
        assertThat(texts(care, ".voorwaarde--unmet")).anySatisfy(t -> assertThat(t).contains("Slechts 16 uur per week " + HOSTILE));
        assertThat(browser.all("#xss-proef")).isEmpty();

        // And back: the earlier version returns as a new one, with the same rules.
        browser.signIn(TestKeys.PERSON_POLICY).get("/beleid/versies");
        WebElement earlier = browser.driver.findElement(By.id("reden-" + originalVersion));
        earlier.sendKeys("Terug naar 16 uur");
        earlier.findElement(By.xpath("./ancestor::form//button")).click();
        browser.waitUntil(ExpectedConditions.urlContains("teruggezet=" + originalVersion));
        assertThat(files()).as("the same files as before the change").isEqualTo(originalFiles);
        assertThat(TestHttp.json(http.get("/api/v1/rulesets/current", TestKeys.POLICY)).path("version").asInt()).isGreaterThan(published);
    }

    // ---- helpers ----

    /** The rule set in effect, file by file (name and SHA-256). */
    private Map<String, String> files() {
        Map<String, String> files = new TreeMap<>();
        TestHttp.json(http.get("/api/v1/rulesets/current", TestKeys.POLICY)).path("files")
                .forEach(f -> files.put(f.path("name").asText(), f.path("sha256").asText()));
        return files;
    }

    private static void cell(String row, String column, String value) {
        WebElement input = browser.find("#cel-" + row + "-" + column);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(value);
    }

    private static WebElement scenario(String path) {
        WebElement summary = browser.driver.findElement(By.xpath("//summary[normalize-space()='" + path + "']"));
        summary.click();
        return summary.findElement(By.xpath("./following-sibling::textarea"));
    }

    private static void save(String reason) {
        WebElement field = browser.find("#reden");
        field.clear();
        field.sendKeys(reason);
        browser.submit("main form button[type=submit]");
    }

    private static List<String> texts(WebElement in, String css) {
        return in.findElements(By.cssSelector(css)).stream().map(e -> e.getAttribute("textContent")).toList();
    }
}
