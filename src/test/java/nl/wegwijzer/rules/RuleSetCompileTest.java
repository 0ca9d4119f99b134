package nl.wegwijzer.rules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Compiles the real rules/ folder, and broken copies of it, the way the service does at start. */
class RuleSetCompileTest {
    private static final Path RULES = Path.of("rules");
    private final RuleSetLoader loader = new RuleSetLoader(Clock.systemUTC());

    @Test
    void everyFileContributesItsRules() {
        RuleSet ruleSet = loader.load(RULES);
        Map<String, Integer> counts = ruleSet.files().stream()
                .collect(Collectors.toMap(RuleFile::name, RuleFile::rules, (a, b) -> a, LinkedHashMap::new));
        // One rule per table row: a table that silently compiles to fewer rows fails here.
        assertThat(counts).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("advice.drl", 16),
                Map.entry("availability.drl.csv", 9),
                Map.entry("cohorts.drl.csv", 1),
                Map.entry("completed-programmes.drl.csv", 5),
                Map.entry("family-domains.drl.csv", 9),
                Map.entry("language-levels.drl.csv", 6),
                Map.entry("law-age-limits.drl.csv", 2),
                Map.entry("law-obligations.drl.csv", 7),
                Map.entry("municipalities.drl.csv", 15),
                Map.entry("pathways.drl.csv", 9),
                Map.entry("prerequisites.drl.csv", 3),
                Map.entry("programme-obligations.drl.csv", 14),
                Map.entry("recommendations.drl.csv", 6),
                Map.entry("subgroups.drl.csv", 4),
                Map.entry("target-group-de-nieuwe-docent.drl.csv", 9),
                Map.entry("vip-chance.drl.csv", 3),
                Map.entry("work-and-hours.drl.csv", 9)));
        assertThat(ruleSet.ruleCount()).isEqualTo(counts.values().stream().mapToInt(Integer::intValue).sum());
    }

    @Test
    void declaresAVersionAndHashesItsContent() throws IOException {
        RuleSet ruleSet = loader.load(RULES);
        assertThat(ruleSet.version()).isEqualTo("2026.11.1");
        assertThat(ruleSet.hash()).matches("[0-9a-f]{64}");
        assertThat(loader.load(RULES).hash()).as("same files, same hash").isEqualTo(ruleSet.hash());
        assertThat(ruleSet.files()).allSatisfy(f -> assertThat(f.sha256())
                .isEqualTo(RuleSetLoader.sha256(Files.readAllBytes(RULES.resolve(f.name())))));
    }

    @Test
    void readsTheCatalogueAndWhereEachPathwayIsAvailable() {
        RuleSet ruleSet = loader.load(RULES);
        assertThat(ruleSet.catalogue()).extracting(p -> p.getCode()).containsExactly("PERSPECTIEFGROEP",
                "BAANPARTICIPATIEGROEP", "ALUMNI_MENTOR", "SCHOOL_VOLUNTEERING", "REFUGEE_ON_BOARD",
                "VARIIS_EMPOWERMENT", "CARE_INTERNSHIP", "SAMEN_HIER_WELCOME_GROUP", "VIP");
        assertThat(ruleSet.catalogue()).allSatisfy(p -> {
            assertThat(p.getSource()).isNotBlank();
            assertThat(p.getNameNl()).isNotBlank();
            assertThat(p.getNameEn()).isNotBlank();
        });
        assertThat(ruleSet.catalogue().stream().filter(p -> p.getCode().equals("REFUGEE_ON_BOARD")).findFirst().orElseThrow()
                .getAvailableIn()).containsExactly("Den Haag");
        assertThat(ruleSet.cohorts()).singleElement().satisfies(c -> assertThat(c.capacity()).isEqualTo(25));
    }

    @Test
    void aBrokenTableNamesTheFileAndTheRow(@TempDir Path copy) throws IOException {
        copyRules(copy);
        Path table = copy.resolve("language-levels.drl.csv");
        String broken = Files.readString(table).replace("f.setCode(\"\"$param\"\");", "f.setCode(\"\"$param\"\")");
        Files.writeString(table, broken);
        assertThatThrownBy(() -> loader.load(copy))
                .isInstanceOf(RuleSetException.class)
                .hasMessageContaining("language-levels.drl.csv, row 10")
                .hasMessageNotContaining("Line ");
    }

    @Test
    void aConditionOnAnUnknownFactNamesTheRow(@TempDir Path copy) throws IOException {
        copyRules(copy);
        Path table = copy.resolve("work-and-hours.drl.csv");
        Files.writeString(table, Files.readString(table).replace("hoursAvailablePerWeek >= $param", "hoursPerWeek >= $param"));
        assertThatThrownBy(() -> loader.load(copy))
                .isInstanceOf(RuleSetException.class)
                .hasMessageContaining("work-and-hours.drl.csv, row 28, column C (Minstens uur per week)")
                .hasMessageContaining("Zorgstage: 16 uur per week beschikbaar");
    }

    @Test
    void aBrokenDrlNamesTheFileAndLine(@TempDir Path copy) throws IOException {
        copyRules(copy);
        Path drl = copy.resolve("advice.drl");
        Files.writeString(drl, Files.readString(drl).replace("exists Finding(scope == $c || scope == $p, state == \"UNMET\")",
                "exists Finding(scope == $c || scope == $p, state === \"UNMET\")"));
        assertThatThrownBy(() -> loader.load(copy))
                .isInstanceOf(RuleSetException.class)
                .hasMessageContaining("advice.drl, line ");
    }

    @Test
    void aTableWithoutDrlInItsNameIsRefused(@TempDir Path copy) throws IOException {
        copyRules(copy);
        Files.move(copy.resolve("cohorts.drl.csv"), copy.resolve("cohorts.csv"));
        assertThatThrownBy(() -> loader.load(copy))
                .isInstanceOf(RuleSetException.class)
                .hasMessageContaining("cohorts.csv: a decision table must be named *.drl.csv");
    }

    @Test
    void aTableWithoutRowsIsRefused(@TempDir Path copy) throws IOException {
        copyRules(copy);
        Path table = copy.resolve("cohorts.drl.csv");
        String header = Files.readAllLines(table, StandardCharsets.UTF_8).stream()
                .takeWhile(line -> !line.startsWith("Cohort ")).collect(Collectors.joining("\n"));
        Files.writeString(table, header + "\n");
        assertThatThrownBy(() -> loader.load(copy))
                .isInstanceOf(RuleSetException.class)
                .hasMessageContaining("cohorts.drl.csv, row 10: the row is empty");
    }

    @Test
    void availabilityForAnUnknownMunicipalityIsRefused(@TempDir Path copy) throws IOException {
        copyRules(copy);
        Path table = copy.resolve("availability.drl.csv");
        Files.writeString(table, Files.readString(table).replace("GM0518", "GM9999"));
        assertThatThrownBy(() -> loader.load(copy))
                .isInstanceOf(RuleSetException.class)
                .hasMessageContaining("REFUGEE_ON_BOARD names unknown CBS code GM9999");
    }

    @Test
    void aRuleSetNeedsADeclaredVersion(@TempDir Path copy) throws IOException {
        copyRules(copy);
        Files.delete(copy.resolve(RuleSetLoader.DESCRIPTOR));
        assertThatThrownBy(() -> loader.load(copy))
                .isInstanceOf(RuleSetException.class)
                .hasMessageContaining("ruleset.properties: missing");
    }

    private static void copyRules(Path target) throws IOException {
        try (var files = Files.list(RULES)) {
            for (Path file : files.toList()) {
                Files.copy(file, target.resolve(file.getFileName()));
            }
        }
    }
}
