package nl.wegwijzer.pages;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import nl.wegwijzer.access.PageAccounts;

/** Signing in: with the municipality's OpenID Connect provider when one is configured, and with local accounts when there are any. */
@Controller
public class LoginPage {
    /** The provider's sign-in link and name. */
    public record Provider(String url, String name) {
    }

    private final ObjectProvider<ClientRegistrationRepository> oidc;
    private final PageAccounts accounts;

    public LoginPage(ObjectProvider<ClientRegistrationRepository> oidc, PageAccounts accounts) {
        this.oidc = oidc;
        this.accounts = accounts;
    }

    @GetMapping(PagePaths.LOGIN)
    String login(Model model) {
        ClientRegistrationRepository registrations = oidc.getIfAvailable();
        Provider provider = null;
        if (registrations instanceof Iterable<?> all) {
            for (Object registration : all) {
                ClientRegistration r = (ClientRegistration) registration;
                provider = new Provider("/oauth2/authorization/" + r.getRegistrationId(), r.getClientName());
                break;
            }
        }
        model.addAttribute("oidc", provider);
        model.addAttribute("localAccounts", accounts.any());
        return "inloggen";
    }

    /** Also the page a refused POST is forwarded to (Spring Security's access-denied page keeps the method). */
    @RequestMapping(PagePaths.FORBIDDEN)
    String forbidden() {
        return "geen-toegang";
    }
}
