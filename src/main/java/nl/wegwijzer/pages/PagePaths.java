package nl.wegwijzer.pages;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Where the pages live, and which people may open them: the intake page and its advices for intake
 * officers, the rule desk for policy staff, the audit view for auditors and policy staff. Everything
 * else is the API's, which keeps its own security.
 */
public final class PagePaths {
    public static final String HOME = "/";
    public static final String LOGIN = "/inloggen";
    public static final String LOGOUT = "/uitloggen";
    public static final String FORBIDDEN = "/geen-toegang";

    public static final List<String> PUBLIC = List.of(LOGIN, FORBIDDEN, "/assets/**", "/favicon.ico", "/oauth2/authorization/**",
            "/login/oauth2/code/**");
    public static final List<String> INTAKE = List.of("/advies", "/advies/**");
    public static final List<String> POLICY = List.of("/beleid", "/beleid/**");
    public static final List<String> AUDIT = List.of("/audit", "/audit/**");

    private PagePaths() {
    }

    /** Every request the pages' security handles. */
    public static RequestMatcher matcher() {
        List<String> patterns = new ArrayList<>(List.of(HOME, LOGOUT));
        patterns.addAll(PUBLIC);
        patterns.addAll(INTAKE);
        patterns.addAll(POLICY);
        patterns.addAll(AUDIT);
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        return new OrRequestMatcher(patterns.stream().map(p -> (RequestMatcher) paths.matcher(p)).toList());
    }
}
