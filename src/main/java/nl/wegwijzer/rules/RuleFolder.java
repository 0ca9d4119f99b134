package nl.wegwijzer.rules;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The rules folder as the repository holds it: a folder per programme (and for the law, the shared
 * vocabulary and the advice layer), each with its tables, DRL and Dutch scenarios. Files are named by
 * their path in the folder ({@code vip/kans-op-werk.drl.csv}); a README is documentation, not rules.
 */
public final class RuleFolder {
    public static final String DESCRIPTOR = "ruleset.properties";

    private RuleFolder() {
    }

    /** Every rule file and scenario file, by path, in path order; a misnamed table stops the reading. */
    public static Map<String, byte[]> read(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new RuleSetException("Rules folder not found", List.of(folder.toAbsolutePath().toString()));
        }
        List<String> problems = new ArrayList<>();
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String path = folder.relativize(file).toString().replace('\\', '/');
                String lower = path.toLowerCase(Locale.ROOT);
                if (RuleFile.compiled(path) || lower.endsWith(".feature")) {
                    files.put(path, Files.readAllBytes(file));
                } else if (lower.endsWith(".csv") || lower.endsWith(".xlsx") || lower.endsWith(".xls")) {
                    problems.add(path + ": a decision table must be named *.drl.csv or *.drl.xlsx, or Drools ignores it");
                }
            }
        } catch (IOException e) {
            problems.add(folder + ": " + e.getMessage());
        }
        if (!problems.isEmpty()) {
            throw new RuleSetException("Rule set in " + folder + " cannot be read", problems);
        }
        return files;
    }

    /** From when the folder's rules applied, for the very first version of a new database. */
    public static Optional<Instant> effectiveFrom(Path folder) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(Files.readString(folder.resolve(DESCRIPTOR))));
        } catch (IOException e) {
            return Optional.empty();
        }
        String value = properties.getProperty("effectiveFrom", "").strip();
        return value.isEmpty() ? Optional.empty() : Optional.of(OffsetDateTime.parse(value).toInstant());
    }
}
