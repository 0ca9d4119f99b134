package nl.wegwijzer.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import nl.wegwijzer.access.ApiKeys;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code wegwijzer.*}.
 *
 * @param rulesDir the rules folder; relative paths are resolved once, against the working directory at start
 * @param security  API keys (hashes only), rate limits, failed-authentication throttling, bearer-token scopes
 */
@ConfigurationProperties("wegwijzer")
public record WegwijzerProperties(Path rulesDir, Security security) {
    public WegwijzerProperties {
        rulesDir = (rulesDir == null ? Path.of("rules") : rulesDir).toAbsolutePath().normalize();
        security = security == null ? new Security(null, null, null, null, null, null, null) : security;
    }

    /**
     * @param apiKeys          each with its SHA-256 (hex), the client it acts for, and its roles
     * @param rateLimit        the budget of every client
     * @param failedAttempts   how many failed authentications an address may make per window
     * @param jwtScopePrefix   the prefix of the bearer-token scopes that name roles ({@code wegwijzer:intake})
     * @param corsOrigins      origins whose pages may call the API from a browser (none by default)
     * @param accounts         people who sign in to the pages with a password (hashes only), when there is no OIDC provider
     * @param oidc             how the municipality's OpenID Connect provider names a person's roles
     */
    public record Security(List<ApiKeys.Configured> apiKeys, RateLimit rateLimit, FailedAttempts failedAttempts,
                           String jwtScopePrefix, List<String> corsOrigins, List<nl.wegwijzer.access.PageAccounts.Configured> accounts,
                           Oidc oidc) {
        public Security {
            accounts = accounts == null ? List.of() : List.copyOf(accounts);
            oidc = oidc == null ? new Oidc(null) : oidc;
            corsOrigins = corsOrigins == null ? List.of() : List.copyOf(corsOrigins);
            apiKeys = apiKeys == null ? List.of() : List.copyOf(apiKeys);
            rateLimit = rateLimit == null ? new RateLimit(0, 0) : rateLimit;
            failedAttempts = failedAttempts == null ? new FailedAttempts(0, null) : failedAttempts;
            jwtScopePrefix = jwtScopePrefix == null || jwtScopePrefix.isBlank() ? "wegwijzer:" : jwtScopePrefix;
        }
    }

    /** The claim of the ID token (or user info) that lists a person's roles. */
    public record Oidc(String rolesClaim) {
        public Oidc {
            rolesClaim = rolesClaim == null || rolesClaim.isBlank() ? "roles" : rolesClaim;
        }
    }

    /** Requests a second each client may make on average, and how many in a burst. */
    public record RateLimit(double perSecond, double burst) {
        public RateLimit {
            perSecond = perSecond <= 0 ? 50 : perSecond;
            burst = burst <= 0 ? 200 : burst;
        }
    }

    /** Failed authentications an address may make within the window before it is refused until the window ends. */
    public record FailedAttempts(int limit, Duration window) {
        public FailedAttempts {
            limit = limit <= 0 ? 20 : limit;
            window = window == null ? Duration.ofMinutes(1) : window;
        }
    }
}
