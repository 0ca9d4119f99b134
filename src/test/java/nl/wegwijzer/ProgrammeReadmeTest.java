package nl.wegwijzer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.cucumber.gherkin.GherkinParser;
import io.cucumber.messages.types.Feature;
import io.cucumber.messages.types.FeatureChild;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import nl.wegwijzer.rules.RuleFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every folder of rules/ has a README in Dutch whose table list names exactly the folder's rule
 * files, and whose scenario list is exactly the scenarios of its .feature files, in order.
 */
class ProgrammeReadmeTest {
    private static final Path RULES = Path.of("rules");
    private static final Pattern TABLE_ROW = Pattern.compile("(?m)^\\| `([^`]+)` \\|");

    static List<Path> folders() throws IOException {
        try (Stream<Path> list = Files.list(RULES)) {
            return list.filter(Files::isDirectory).sorted().toList();
        }
    }

    @ParameterizedTest
    @MethodSource("folders")
    void theReadmeListsTheFoldersTablesAndScenarios(Path folder) throws IOException {
        Path readme = folder.resolve("README.md");
        assertThat(readme).as("every folder of rules/ explains itself").exists();
        String text = Files.readString(readme);
        assertThat(text).contains("**Wat.**").contains("**Bron.**").contains("## Tabellen");

        String tables = section(text, "## Tabellen");
        Set<String> listed = new TreeSet<>();
        Matcher row = TABLE_ROW.matcher(tables);
        while (row.find()) {
            listed.add(row.group(1));
        }
        Set<String> present = new TreeSet<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.map(f -> f.getFileName().toString()).filter(RuleFile::compiled).forEach(present::add);
        }
        assertThat(listed).as("the tables listed in %s", readme).isEqualTo(present);

        String expected = scenarios(folder);
        assertThat(section(text, "## Scenario's")).as("the scenario list of %s should read:%n%s", readme, expected)
                .isEqualTo(expected);
    }

    /** From the heading to the next heading of the same level, or the end. */
    private static String section(String text, String heading) {
        int start = text.indexOf(heading + "\n");
        assertThat(start).as("section %s", heading).isNotNegative();
        int end = text.indexOf("\n## ", start + heading.length());
        return (end < 0 ? text.substring(start) : text.substring(start, end + 1)).strip() + "\n";
    }

    /** The scenario list as the README must have it. */
    static String scenarios(Path folder) throws IOException {
        List<String> lines = new ArrayList<>(List.of("## Scenario's", ""));
        List<Path> features;
        try (Stream<Path> files = Files.list(folder)) {
            features = files.filter(f -> f.toString().endsWith(".feature")).sorted().toList();
        }
        if (features.isEmpty()) {
            lines.add("Deze map heeft geen eigen scenario's.");
            return String.join("\n", lines) + "\n";
        }
        lines.add("Elk scenario van deze map (de lijst wordt gecontroleerd door `ProgrammeReadmeTest`):");
        lines.add("");
        for (Path file : features) {
            Feature feature = GherkinParser.builder().includeSource(false).includePickles(false).build()
                    .parse(file.toString(), Files.readString(file).getBytes(StandardCharsets.UTF_8))
                    .flatMap(e -> e.getGherkinDocument().stream()).flatMap(d -> d.getFeature().stream())
                    .findFirst().orElseThrow();
            lines.add("- `" + file.getFileName() + "`: " + escape(feature.getName()));
            for (FeatureChild child : feature.getChildren()) {
                child.getScenario().ifPresent(s -> lines.add("  - " + escape(s.getName())));
            }
        }
        return String.join("\n", lines) + "\n";
    }

    private static String escape(String title) {
        return title.strip().replace("<", "\\<").replace(">", "\\>");
    }
}
