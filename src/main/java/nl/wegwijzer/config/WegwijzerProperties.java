package nl.wegwijzer.config;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code wegwijzer.*}.
 *
 * @param rulesDir the rules folder; relative paths are resolved once, against the working directory at start
 */
@ConfigurationProperties("wegwijzer")
public record WegwijzerProperties(Path rulesDir) {
    public WegwijzerProperties {
        rulesDir = (rulesDir == null ? Path.of("rules") : rulesDir).toAbsolutePath().normalize();
    }
}
