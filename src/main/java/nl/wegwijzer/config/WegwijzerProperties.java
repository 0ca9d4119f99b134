package nl.wegwijzer.config;

import java.nio.file.Path;
import java.util.List;

import nl.wegwijzer.access.ApiKeys;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code wegwijzer.*}.
 *
 * @param rulesDir the rules folder; relative paths are resolved once, against the working directory at start
 * @param featuresDir the Gherkin scenarios that also run against drafts (impact, coverage); resolved like rulesDir
 * @param security  API keys (hashes only)
 */
@ConfigurationProperties("wegwijzer")
public record WegwijzerProperties(Path rulesDir, Path featuresDir, Security security) {
    public WegwijzerProperties {
        rulesDir = (rulesDir == null ? Path.of("rules") : rulesDir).toAbsolutePath().normalize();
        featuresDir = (featuresDir == null ? Path.of("features") : featuresDir).toAbsolutePath().normalize();
        security = security == null ? new Security(List.of()) : security;
    }

    /** @param apiKeys each with its SHA-256 (hex), the client it acts for, and its roles */
    public record Security(List<ApiKeys.Configured> apiKeys) {
        public Security {
            apiKeys = apiKeys == null ? List.of() : List.copyOf(apiKeys);
        }
    }
}
