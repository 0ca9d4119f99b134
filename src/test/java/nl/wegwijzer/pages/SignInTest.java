package nl.wegwijzer.pages;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.wegwijzer.access.TestKeys;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in to the pages and what a session may do, tried as a careful user and as a hostile one:
 * passwords and CSRF tokens are required, the session id changes at sign-in and dies at sign-out,
 * roles keep people to their pages, one officer does not see another's advice, a page session is
 * no API credential, every page carries a strict Content-Security-Policy and has nothing inline
 * that the policy would have to allow, odd paths and input get no one further, and an address that
 * keeps guessing waits. The form works without JavaScript.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "wegwijzer.security.failed-attempts.limit=3", "wegwijzer.security.failed-attempts.window=3s"})
class SignInTest {
    private static final Map<String, String> TEACHER = Map.of("reference", "SIGNIN-1", "municipality", "Utrecht", "age", "38",
            "languageLevel", "A2", "education.level", "MASTER", "education.field", "TEACHING");
    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\ssrc=)[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern INLINE_HANDLER = Pattern.compile("<[^>]+\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
    private static final Pattern INLINE_STYLE = Pattern.compile("<[^>]+\\sstyle\\s*=", Pattern.CASE_INSENSITIVE);

    @LocalServerPort
    int port;

    @Test
    void signingInNeedsThePasswordAndTheTokenAndGivesANewSession() {
        PageSession anonymous = new PageSession(port);
        assertThat(PageSession.location(anonymous.get("/"))).hasValue(PagePaths.LOGIN);
        assertThat(PageSession.location(anonymous.get("/beleid"))).hasValue(PagePaths.LOGIN);

        // Without the page's CSRF token, the right password signs no one in.
        PageSession noToken = new PageSession(port);
        assertThat(PageSession.location(noToken.postRaw(PagePaths.LOGIN, PageSession.encode(Map.of("username",
                TestKeys.PERSON_INTAKE, "password", TestKeys.PASSWORD))))).hasValue(PagePaths.LOGIN + "?verlopen");
        assertThat(PageSession.location(noToken.get("/"))).hasValueSatisfying(l -> assertThat(l).startsWith(PagePaths.LOGIN));
        PageSession wrongToken = new PageSession(port);
        wrongToken.get(PagePaths.LOGIN);
        assertThat(wrongToken.post(PagePaths.LOGIN, Map.of("_csrf", "vervalst", "username", TestKeys.PERSON_INTAKE,
                "password", TestKeys.PASSWORD)).statusCode()).as("a forged CSRF token").isEqualTo(403);

        PageSession officer = new PageSession(port);
        HttpResponse<String> wrong = officer.signIn(TestKeys.PERSON_INTAKE, "geraden");
        assertThat(PageSession.location(wrong)).hasValue(PagePaths.LOGIN + "?fout");
        assertThat(officer.get(PagePaths.LOGIN + "?fout").body()).contains("De gebruikersnaam of het wachtwoord klopt niet.");

        String before = officer.session();
        HttpResponse<String> right = officer.signIn(TestKeys.PERSON_INTAKE, TestKeys.PASSWORD);
        assertThat(PageSession.location(right)).hasValue("/");
        assertThat(officer.session()).as("a new session id at sign-in (no fixation)").isNotEqualTo(before);
        String cookie = right.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID")).findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax");
        assertThat(officer.get("/").body()).contains("Ingelogd als intake-a");

        // Signing out ends the session: the old cookie opens nothing.
        String session = officer.session();
        assertThat(PageSession.location(officer.post(PagePaths.LOGOUT, Map.of()))).hasValue(PagePaths.LOGIN + "?uitgelogd");
        PageSession replay = new PageSession(port);
        replay.session(session);
        assertThat(PageSession.location(replay.get("/"))).hasValue(PagePaths.LOGIN + "?verlopen");
        assertThat(replay.get(PagePaths.LOGIN + "?verlopen").body()).contains("Uw sessie is verlopen.");
    }

    @Test
    void theIntakeFormWorksWithoutJavaScriptAndEachOfficerSeesOnlyTheirOwnAdvice() {
        PageSession a = signedIn(TestKeys.PERSON_INTAKE);
        a.get("/");
        HttpResponse<String> shown = a.post("/advies/bekijken", TEACHER);
        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(shown.body()).contains("data-code=\"PERSPECTIEFGROEP\" data-status=\"RECOMMENDED\"");
        HttpResponse<String> saved = a.post("/advies", TEACHER);
        String advice = PageSession.location(saved).orElseThrow();
        assertThat(advice).matches("/advies/[0-9a-f-]{36}\\?opgeslagen");
        String path = advice.replace("?opgeslagen", "");
        assertThat(a.get(path).body()).contains("SIGNIN-1");

        PageSession b = signedIn(TestKeys.PERSON_INTAKE_B);
        HttpResponse<String> other = b.get(path);
        assertThat(other.statusCode()).isIn(403, 404);
        assertThat(other.body()).doesNotContain("SIGNIN-1");
        assertThat(b.get(path + "/pdf").statusCode()).isIn(403, 404);
    }

    @Test
    void rolesKeepPeopleToTheirPages() {
        PageSession intake = signedIn(TestKeys.PERSON_INTAKE);
        for (String page : List.of("/beleid", "/beleid/versies", "/audit", "/audit/statistieken")) {
            HttpResponse<String> refused = intake.get(page);
            assertThat(refused.statusCode()).as(page).isEqualTo(403);
            assertThat(refused.body()).as(page).contains("Geen toegang");
        }
        PageSession auditor = signedIn(TestKeys.PERSON_AUDITOR);
        assertThat(PageSession.location(auditor.get("/"))).hasValue("/audit");
        assertThat(auditor.get("/beleid").statusCode()).isEqualTo(403);
        assertThat(auditor.post("/advies/bekijken", TEACHER).statusCode()).isEqualTo(403);
        PageSession policy = signedIn(TestKeys.PERSON_POLICY_B);
        assertThat(PageSession.location(policy.get("/"))).hasValue("/beleid");
        assertThat(policy.get("/advies/00000000-0000-0000-0000-000000000000").statusCode()).isEqualTo(403);
    }

    @Test
    void aPageSessionIsNoApiCredential() {
        PageSession officer = signedIn(TestKeys.PERSON_INTAKE);
        assertThat(officer.get("/api/v1/assessments").statusCode()).isEqualTo(401);
        assertThat(officer.get("/api/v1/pathways").statusCode()).isEqualTo(401);
    }

    @Test
    void everyPageHasAStrictPolicyAndNothingInline() {
        PageSession person = signedIn(TestKeys.PERSON_POLICY);
        PageSession officer = signedIn(TestKeys.PERSON_INTAKE);
        officer.get("/");
        String advice = PageSession.location(officer.post("/advies", TEACHER)).orElseThrow().replace("?opgeslagen", "");
        List<HttpResponse<String>> pages = List.of(new PageSession(port).get(PagePaths.LOGIN), officer.get("/"),
                officer.post("/advies/bekijken", TEACHER), officer.get(advice), officer.get(advice + "/afdruk"), person.get("/beleid"),
                person.get("/beleid/tabel?pad=variis-en-zorgstage/uren-zorgstage.drl.csv"), person.get("/beleid/versies"),
                person.get("/audit"), person.get("/audit/statistieken"));
        for (HttpResponse<String> page : pages) {
            String where = page.uri().getPath();
            assertThat(page.statusCode()).as(where).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Security-Policy")).as(where).hasValue("default-src 'self'; script-src 'self'; "
                    + "style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; "
                    + "frame-ancestors 'none'; base-uri 'none'; object-src 'none'");
            assertThat(page.headers().firstValue("X-Content-Type-Options")).as(where).hasValue("nosniff");
            assertThat(page.headers().firstValue("X-Frame-Options")).as(where).hasValue("DENY");
            assertThat(page.headers().firstValue("Cache-Control")).as(where).hasValueSatisfying(c -> assertThat(c).contains("no-store"));
            assertThat(page.body()).as(where).startsWith("<!DOCTYPE html>").contains("<html lang=\"nl\"");
            assertThat(INLINE_SCRIPT.matcher(page.body()).find()).as("inline script on " + where).isFalse();
            assertThat(INLINE_HANDLER.matcher(page.body()).find()).as("inline event handler on " + where).isFalse();
            assertThat(INLINE_STYLE.matcher(page.body()).find()).as("inline style on " + where).isFalse();
            assertThat(Pattern.compile("(src|href)=\"(https?:)?//").matcher(page.body().replaceAll("<a [^>]*>", "")).find())
                    .as("loads from another host on " + where).isFalse();
        }
    }

    @Test
    void oddPathsAndInputGetNoOneFurther() {
        PageSession officer = signedIn(TestKeys.PERSON_INTAKE);
        for (String path : List.of("/beleid/", "/BELEID", "/beleid;x=y", "/advies/../beleid", "//beleid", "/beleid%2F",
                "/%62eleid", "/audit/", "/audit;jsessionid=x", "/beleid/tabel?pad=../../pom.xml")) {
            HttpResponse<String> answer = officer.get(path);
            assertThat(answer.statusCode()).as(path).isNotEqualTo(200).isLessThan(500);
            assertThat(answer.body()).as(path).doesNotContain("Concepten").doesNotContain("<project");
        }
        officer.get("/");
        HttpResponse<String> odd = officer.post("/advies/bekijken", Map.of("municipality", "Utrecht", "age",
                "<script>alert(1)</script>", "languageLevel", "B1", "reference", "\"><img src=x onerror=alert(1)>"));
        assertThat(odd.statusCode()).isEqualTo(200);
        assertThat(odd.body()).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)")
                .doesNotContain("<img src=x");
        HttpResponse<String> huge = officer.post("/advies/bekijken", Map.of("municipality", "Utrecht", "age", "30",
                "languageLevel", "B1", "reference", "x".repeat(200_000)));
        assertThat(huge.statusCode()).isBetween(400, 499);
        assertThat(huge.body()).doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void anAddressThatKeepsGuessingWaits() throws InterruptedException {
        PageSession guesser = new PageSession(port);
        int attempts = 0;
        String where = "";
        while (!where.endsWith("?wacht") && attempts < 4) {
            where = PageSession.location(guesser.signIn(TestKeys.PERSON_POLICY, "raden-" + attempts)).orElse("");
            attempts++;
        }
        assertThat(where).as("refused after at most three failures").endsWith("?wacht");
        assertThat(PageSession.location(guesser.signIn(TestKeys.PERSON_POLICY, TestKeys.PASSWORD))).as("even the right password waits")
                .hasValue(PagePaths.LOGIN + "?wacht");
        assertThat(guesser.get(PagePaths.LOGIN + "?wacht").body()).contains("Te vaak geprobeerd.");
        Thread.sleep(3_500);
        assertThat(PageSession.location(guesser.signIn(TestKeys.PERSON_POLICY, TestKeys.PASSWORD))).hasValue("/");
    }

    private PageSession signedIn(String username) {
        PageSession session = new PageSession(port);
        assertThat(PageSession.location(session.signIn(username, TestKeys.PASSWORD))).hasValue("/");
        return session;
    }
}
