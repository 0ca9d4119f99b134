package nl.wegwijzer.pages;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.wegwijzer.access.TestKeys;
import nl.wegwijzer.support.TestHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The intake officer's pages in a real browser, as an officer uses them: signing in, entering a case,
 * reading the advice (order, badges, reasons, questions, obligations, the flower, the summary),
 * changing a fact and seeing what changed, saving, recording a decision, printing and the PDF. Each
 * state is checked with axe-core and kept as a screenshot.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(KeepFailures.class)
class IntakePagesTest {
    private static final List<String> ORDER = List.of("RECOMMENDED", "ELIGIBLE", "UNDETERMINED", "NOT_ELIGIBLE");
    private static Browser browser;

    @LocalServerPort
    int port;

    @BeforeEach
    void open() {
        if (browser == null) {
            browser = Browser.open(port);
        }
        browser.signIn(TestKeys.PERSON_INTAKE);
        assertThat(browser.url()).isEqualTo("/");
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    @Test
    void aTeacherWithA2IsAdvisedThePerspectiefgroepWithReasonsAndObligations() throws Exception {
        String reference = reference();
        assertThat(browser.text("h1")).isEqualTo("Intake");
        assertThat(browser.find("html").getAttribute("lang")).isEqualTo("nl");
        assertThat(browser.seriousViolations()).as("axe on the empty intake page").isEmpty();
        browser.screenshot("01-intake-leeg");

        type("reference", reference);
        chooseMunicipality("utrec", "Utrecht");
        type("age", "38");
        select("languageLevel", "A2");
        select("education.level", "MASTER");
        select("education.field", "TEACHING");
        type("education.teachingExperienceYears", "6");
        select("work.status", "UNEMPLOYED");
        WebElement perspectief = pathway("PERSPECTIEFGROEP", "RECOMMENDED");

        assertThat(perspectief.findElement(By.cssSelector(".status")).getText()).isEqualTo("Aanbevolen");
        assertThat(statuses()).as("recommended, eligible, undetermined, not eligible").isSortedAccordingTo(
                (a, b) -> ORDER.indexOf(a) - ORDER.indexOf(b));
        assertThat(texts(perspectief, ".voorwaarde--met")).anySatisfy(t -> assertThat(t).contains("A2"));
        WebElement baan = browser.find("#traject-BAANPARTICIPATIEGROEP");
        assertThat(baan.getAttribute("data-status")).isEqualTo("NOT_ELIGIBLE");
        assertThat(texts(baan, ".voorwaarde--unmet")).as("what would have to change").anySatisfy(t -> assertThat(t).contains("B1"));
        assertThat(browser.text(".samenvatting__tekst")).startsWith("Aanbevolen:").contains("Perspectiefgroep");
        assertThat(browser.text(".versie")).matches("Regelset versie \\d+");
        assertThat(browser.all(".bloem ellipse")).as("five Bloemmodel domains").hasSize(5);
        assertThat(browser.all(".verplichtingen .verplichting-lijst li")).isNotEmpty();
        assertThat(browser.seriousViolations()).as("axe on the advice").isEmpty();
        assertThat(cspViolations()).isEmpty();
        browser.screenshot("02-advies-perspectiefgroep");

        long stored = stored(reference);
        browser.submit("#opslaan");
        browser.waitUntil(ExpectedConditions.urlContains("opgeslagen"));
        assertThat(stored(reference)).as("saving stores exactly one assessment").isEqualTo(stored + 1);
        String id = browser.url().replaceAll("^/advies/([0-9a-f-]{36}).*$", "$1");
        assertThat(browser.text(".gegevens")).contains(reference).contains("Utrecht");

        // Override (a pathway the advice finds not fitting): the reason is required, next to its field.
        browser.find("#kies-PERSPECTIEFGROEP").click();
        browser.find("#kies-BAANPARTICIPATIEGROEP").click();
        browser.submit("form[action$='/besluit'] button[type=submit]");
        assertThat(browser.text("#reden-fout")).isNotBlank();
        assertThat(browser.find("#reden").getAttribute("aria-invalid")).isEqualTo("true");
        browser.find("#reden").sendKeys("Wil eerst de welkomgroep; docentenopleiding na de zomer.");
        browser.submit("form[action$='/besluit'] button[type=submit]");
        browser.waitUntil(ExpectedConditions.urlContains("besluit"));
        assertThat(browser.text(".geschiedenis")).contains("Afgeweken").contains("Baanparticipatiegroep (De Nieuwe Docent)").contains("welkomgroep");
        assertThat(browser.seriousViolations()).as("axe on the saved advice").isEmpty();
        browser.screenshot("03-advies-opgeslagen-besluit");

        // The sheet for the client file: no navigation, the reference, version and hash, the decision.
        browser.get("/advies/" + id + "/afdruk");
        assertThat(browser.all(".kop")).isEmpty();
        String sheet = browser.text("body");
        assertThat(sheet).contains(reference).contains("Utrecht").contains("Perspectiefgroep").contains("Afgeweken")
                .containsPattern("[0-9a-f]{12}");
        assertThat(browser.seriousViolations()).as("axe on the print view").isEmpty();
        browser.screenshot("04-afdruk");

        HttpResponse<byte[]> pdf = asSignedIn("/advies/" + id + "/pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains(reference).contains("Utrecht").contains("Perspectiefgroep").contains("Afgeweken");
        }
    }

    @Test
    void aCareInternshipInApeldoornEnteredWithTheKeyboardOnly() {
        String reference = reference();
        Keyboard keys = new Keyboard(browser);
        keys.tabTo("veld-reference").type(reference);
        keys.tabTo("veld-municipality").type("apeld").down().enter();
        assertThat(browser.find("#veld-municipality").getAttribute("value")).isEqualTo("Apeldoorn");
        keys.tabTo("veld-age").type("34");
        keys.tabTo("veld-languageLevel").type("A2");
        keys.tabTo("veld-education-field").type("zorg");
        keys.tabTo("veld-work-hoursAvailablePerWeek").type("20");
        keys.tabTo("veld-benefits-type").type("bijstand");
        keys.tabTo("veld-inburgering-completedProgrammes-VARIIS_EMPOWERMENT").space();
        assertThat(browser.find("#veld-inburgering-completedProgrammes-VARIIS_EMPOWERMENT").isSelected()).isTrue();
        assertThat(new Select(browser.find("#veld-languageLevel")).getFirstSelectedOption().getText()).isEqualTo("A2");

        WebElement care = pathway("CARE_INTERNSHIP", "RECOMMENDED");
        assertThat(texts(care, ".voorwaarde--met")).anySatisfy(t -> assertThat(t).contains("20 uur per week"));
        List<String> programmeDuties = browser.all(".verplichtingen .verplichting-lijst").get(1)
                .findElements(By.tagName("li")).stream().map(WebElement::getText).toList();
        assertThat(programmeDuties).anySatisfy(d -> assertThat(d).contains("Zorgstage").contains("16 uur per week").contains("3 maanden"));
        assertThat(browser.text(".samenvatting__tekst")).startsWith("Aanbevolen: Zorgstage");
        browser.screenshot("05-advies-zorgstage-apeldoorn");

        keys.tabTo("opslaan").enter();
        browser.waitUntil(ExpectedConditions.urlContains("opgeslagen"));
        assertThat(browser.text(".gegevens")).contains("Apeldoorn");
    }

    @Test
    void missingFactsBecomeQuestionsAndAChangedFactShowsWhatChangedWithoutStoring() {
        String reference = reference();
        type("reference", reference);
        chooseMunicipality("den h", "Den Haag");
        type("age", "29");
        select("languageLevel", "B1");
        WebElement baan = pathway("BAANPARTICIPATIEGROEP", "UNDETERMINED");
        assertThat(texts(baan, ".vragen li")).as("the missing facts, as questions")
                .contains("Wat is het hoogste opleidingsniveau?");
        assertThat(texts(baan, ".voorwaarde--unknown")).isNotEmpty();
        browser.screenshot("06-advies-ontbrekende-gegevens");

        // One fact at a time, the advice settled after each (a slow machine shows every step, a fast one may
        // not): the fact that decides the pathway says what it changed.
        String transition = "Baanparticipatiegroep (De Nieuwe Docent): van nog niet te bepalen naar aanbevolen";
        List<Runnable> facts = List.of(() -> select("education.level", "BACHELOR"), () -> select("education.field", "TEACHING"),
                () -> type("education.teachingExperienceYears", "3"));
        List<String> changesShown = new java.util.ArrayList<>();
        for (Runnable fact : facts) {
            fact.run();
            browser.waitUntil(driver -> !"true".equals(browser.find("#advies").getAttribute("aria-busy")));
            changesShown.add(String.join(" | ", browser.all(".wijzigingen").stream().map(WebElement::getText).toList()));
            if (changesShown.get(changesShown.size() - 1).contains(transition)) {
                break;
            }
        }
        assertThat(changesShown).as("what changed, after each fact").anyMatch(changes -> changes.contains(transition));
        pathway("BAANPARTICIPATIEGROEP", "RECOMMENDED");
        // The live region is filled just after the list of changes: wait for it rather than read it at once.
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#melding"), "Baanparticipatiegroep"));
        assertThat(browser.find("#veld-reference").getAttribute("value")).as("the form is kept").isEqualTo(reference);
        assertThat(stored(reference)).as("a what-if stores nothing").isZero();
        assertThat(browser.seriousViolations()).isEmpty();
        browser.screenshot("07-wat-als");
    }

    @Test
    void theAdviceReadsSettledOnlyOnceItAnswersTheLastChange() {
        type("reference", reference());
        chooseMunicipality("den h", "Den Haag");
        type("age", "29");
        select("languageLevel", "B1");
        pathway("BAANPARTICIPATIEGROEP", "UNDETERMINED");

        // The page's timers and requests are held by the test, so the order below is certain, not a race: an answer
        // arrives while a later change still waits for its turn (as on a loaded machine).
        browser.driver.executeScript(HOLD);
        select("education.level", "BACHELOR");
        browser.driver.executeScript("window.__fire()");
        waitForOneHeldRequest();
        select("education.field", "TEACHING");
        browser.driver.executeScript("document.querySelector('#advies > *').setAttribute('data-oud', '')");
        browser.driver.executeScript("window.__release()");
        browser.waitUntil(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#advies [data-oud]"), 0));
        assertThat(browser.find("#advies").getAttribute("aria-busy")).as("the field's change is not answered yet").isEqualTo("true");

        browser.driver.executeScript("window.__fire()");
        waitForOneHeldRequest();
        browser.driver.executeScript("window.__release()");
        browser.waitUntil(driver -> "false".equals(browser.find("#advies").getAttribute("aria-busy")));
        assertThat(browser.driver.executeScript("return Object.keys(window.__timers).length + window.__held.length"))
                .as("nothing left waiting").isEqualTo(0L);
    }

    /** Waits until the page has asked for a preview, held by {@link #HOLD}. */
    private static void waitForOneHeldRequest() {
        browser.waitUntil(driver -> ((Number) browser.driver.executeScript("return window.__held.length")).intValue() == 1);
    }

    /** Holds the page's timers until {@code __fire()} and its requests until {@code __release()}. */
    private static final String HOLD = """
            var timers = {}, next = 0, realFetch = window.fetch.bind(window);
            window.__timers = timers; window.__held = [];
            window.setTimeout = function (f) { timers[++next] = f; return next; };
            window.clearTimeout = function (id) { delete timers[id]; };
            window.__fire = function () { Object.keys(timers).forEach(function (id) { var f = timers[id]; delete timers[id]; f(); }); };
            window.fetch = function (url, options) {
              return new Promise(function (resolve, reject) {
                window.__held.push(function () { realFetch(url, options).then(resolve, reject); });
              });
            };
            window.__release = function () { window.__held.splice(0).forEach(function (go) { go(); }); };
            """;

    @Test
    void aWrongValueIsShownNextToItsFieldInDutch() {
        // The municipality is found without its accents, and by another name it goes by.
        chooseMunicipality("sudwest", "Súdwest-Fryslân");
        chooseMunicipality("den bosch", "'s-Hertogenbosch");
        chooseMunicipality("utrec", "Utrecht");
        type("age", "150");
        select("languageLevel", "A1");
        type("work.hoursAvailablePerWeek", "veel");
        browser.submit("#bekijken");
        assertThat(browser.text("#veld-age-fout")).isEqualTo("Dit mag hoogstens 130 zijn.");
        assertThat(browser.find("#veld-age").getAttribute("aria-describedby")).contains("veld-age-fout");
        assertThat(browser.find("#veld-age").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.text("#veld-work-hoursAvailablePerWeek-fout")).startsWith("Vul hier een geldige waarde in");
        assertThat(browser.find("#veld-work-hoursAvailablePerWeek").getAttribute("value")).as("kept as typed").isEqualTo("veel");
        assertThat(browser.text("#formulierfouten")).contains("2");
        assertThat(browser.seriousViolations()).isEmpty();
    }

    // ---- helpers ----

    private static String reference() {
        return "BROWSER-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String id(String path) {
        return "veld-" + path.replace('.', '-');
    }

    private static void type(String path, String value) {
        WebElement field = browser.find("#" + id(path));
        field.clear();
        field.sendKeys(value);
        field.sendKeys("\t");
    }

    private static void select(String path, String value) {
        new Select(browser.find("#" + id(path))).selectByValue(value);
    }

    private static void chooseMunicipality(String typed, String name) {
        WebElement field = browser.find("#veld-municipality");
        field.clear();
        field.sendKeys(typed);
        WebElement option = browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//ul[@id='veld-municipality-lijst']/li[normalize-space()=\"" + name + "\"]")));
        option.click();
        assertThat(field.getAttribute("value")).isEqualTo(name);
    }

    /**
     * Waits until the advice beside the form has settled (no what-if on its way: aria-busy false) and shows
     * this pathway with this status.
     */
    private static WebElement pathway(String code, String status) {
        return browser.waitUntil(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#advies:not([aria-busy='true']) article[data-code='" + code + "'][data-status='" + status + "']")));
    }

    /** The statuses shown; read again when the what-if replaced the advice while it was being read. */
    private static List<String> statuses() {
        return browser.waitUntil(driver -> {
            try {
                return browser.all("#advies article.traject").stream().map(a -> a.getAttribute("data-status")).toList();
            } catch (org.openqa.selenium.StaleElementReferenceException replaced) {
                return null;
            }
        });
    }

    private static List<String> texts(WebElement in, String css) {
        return in.findElements(By.cssSelector(css)).stream().map(e -> e.getAttribute("textContent").strip().replaceAll("\\s+", " "))
                .toList();
    }

    private static List<String> cspViolations() {
        return browser.console().stream().filter(m -> m.contains("Content Security Policy")).toList();
    }

    private long stored(String reference) {
        var response = new TestHttp(port).get("/api/v1/assessments?reference=" + reference, TestKeys.AUDITOR);
        return TestHttp.json(response).path("totalItems").asLong();
    }

    private HttpResponse<byte[]> asSignedIn(String path) throws IOException, InterruptedException {
        Cookie session = browser.driver.manage().getCookieNamed("JSESSIONID");
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Cookie", "JSESSIONID=" + session.getValue()).build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
