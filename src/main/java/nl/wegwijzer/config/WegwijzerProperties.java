package nl.wegwijzer.config;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code wegwijzer.*}.
 *
 * @param rulesDir the rules folder; relative paths are resolved once, against the working directory at start
 * @param keptAdvices how many recent advices the in-memory store keeps for GET /assessments/{id}
 */
@ConfigurationProperties("wegwijzer")
public record WegwijzerProperties(Path rulesDir, Integer keptAdvices) {
    public WegwijzerProperties {
        rulesDir = (rulesDir == null ? Path.of("rules") : rulesDir).toAbsolutePath().normalize();
        keptAdvices = keptAdvices == null ? 10_000 : keptAdvices;
    }
}
