package nl.wegwijzer.pages;

import java.util.List;
import java.util.Map;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in with the municipality's OpenID Connect provider (a real one, started here): the sign-in
 * page offers it, the browser goes there and back by the authorization-code flow, and the person's
 * roles come from the ID token's roles claim. A person the provider gives no role of Wegwijzer's is
 * signed in but opens nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(KeepFailures.class)
class OidcSignInTest {
    private static final String ISSUER = "gemeente";
    private static final MockOAuth2Server PROVIDER = started();
    private static Browser browser;

    @LocalServerPort
    int port;

    private static MockOAuth2Server started() {
        MockOAuth2Server server = new MockOAuth2Server();
        server.start();
        return server;
    }

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        String prefix = "spring.security.oauth2.client.";
        registry.add(prefix + "registration.gemeente.client-id", () -> "wegwijzer");
        registry.add(prefix + "registration.gemeente.client-secret", () -> "geheim-van-de-gemeente");
        registry.add(prefix + "registration.gemeente.client-name", () -> "Gemeente Voorbeeld");
        registry.add(prefix + "registration.gemeente.scope", () -> "openid,profile");
        registry.add(prefix + "provider.gemeente.issuer-uri", () -> PROVIDER.issuerUrl(ISSUER).toString());
    }

    @BeforeEach
    void open() {
        if (browser == null) {
            browser = Browser.open(port);
        }
        browser.driver.manage().deleteAllCookies();
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
        PROVIDER.shutdown();
    }

    @Test
    void anIntakeOfficerSignsInAtTheMunicipalityAndGetsTheRolesOfTheClaim() {
        browser.get(PagePaths.LOGIN);
        assertThat(browser.seriousViolations()).as("axe on the sign-in page").isEmpty();
        browser.screenshot("00-inloggen");
        PROVIDER.enqueueCallback(person("m.jansen", List.of("wegwijzer:intake", "wegwijzer:auditor")));
        signInAtTheProvider();
        assertThat(browser.url()).isEqualTo("/");
        assertThat(browser.text(".kop__uit")).contains("Ingelogd als m.jansen");
        assertThat(browser.all(".kop__menu a").stream().map(WebElement::getText).toList())
                .containsExactly("Intake", "Audit", "Statistieken");
        assertThat(browser.text("h1")).isEqualTo("Intake");
        browser.get("/beleid");
        assertThat(browser.text("h1")).isEqualTo("Geen toegang");
    }

    @Test
    void aPersonWithoutARoleOfWegwijzersOpensNothing() {
        PROVIDER.enqueueCallback(person("bezoeker", List.of("hr", "wegwijzer:system")));
        signInAtTheProvider();
        assertThat(browser.text("h1")).isEqualTo("Geen toegang");
        assertThat(browser.seriousViolations()).as("axe on the no-access page").isEmpty();
        browser.get("/advies/00000000-0000-0000-0000-000000000000");
        assertThat(browser.text("h1")).isEqualTo("Geen toegang");
    }

    private static DefaultOAuth2TokenCallback person(String username, List<String> roles) {
        return new DefaultOAuth2TokenCallback(ISSUER, "sub-" + username, "JWT", List.of("wegwijzer"),
                Map.of("preferred_username", username, "roles", roles), 300);
    }

    private static void signInAtTheProvider() {
        browser.get(PagePaths.LOGIN);
        WebElement provider = browser.driver.findElement(By.linkText("Inloggen via Gemeente Voorbeeld"));
        provider.click();
        browser.waitUntil(ExpectedConditions.not(ExpectedConditions.urlContains("/inloggen")));
        browser.waitUntil(ExpectedConditions.urlMatches("^http://localhost:\\d+/[^?]*$"));
    }
}
