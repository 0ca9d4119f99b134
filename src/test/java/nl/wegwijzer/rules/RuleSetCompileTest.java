package nl.wegwijzer.rules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import nl.wegwijzer.rules.facts.MunicipalityDef;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.wegwijzer.support.RulesCopy;

import static nl.wegwijzer.support.RulesCopy.RULES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Compiles the real rules/ folder, and broken copies of it, the way the service does at start. */
class RuleSetCompileTest {
    private final RuleSetLoader loader = new RuleSetLoader(Clock.systemUTC());

    @Test
    void everyTableRowIsARuleAndEveryFileIsRead() throws IOException {
        RuleSet ruleSet = loader.load(RULES);
        assertThat(ruleSet.files()).extracting(RuleFile::name).containsExactlyElementsOf(RuleFolder.read(RULES).keySet());
        for (RuleFile file : ruleSet.files()) {
            String text = Files.readString(RULES.resolve(file.name()));
            int expected = switch (file.kind()) {
                // One rule per table row: a table that silently compiles to fewer rows fails here.
                case TABLE -> dataRows(text);
                case DRL -> count(text, "\nrule \"") + count(text, "\nquery \"");
                case SCENARIOS -> 0;
            };
            assertThat(file.rules()).as(file.name()).isEqualTo(expected).isEqualTo(file.kind() == RuleFile.Kind.SCENARIOS ? 0 : expected);
        }
        assertThat(ruleSet.scenarios()).isNotEmpty().allSatisfy((path, content) -> assertThat(path).endsWith(".feature"));
    }

    @Test
    void referenceRowsAreFoldedIntoAFewRulesAndEveryRowIsStillRead() throws IOException {
        RuleSet ruleSet = loader.load(RULES);
        String table = "gemeenten/gemeenten.drl.csv";
        int rows = dataRows(Files.readString(RULES.resolve(table)));
        long compiled = ruleSet.kieBase().getKiePackages().stream().flatMap(p -> p.getRules().stream())
                .filter(rule -> table.equals(((org.drools.base.definitions.rule.impl.RuleImpl) rule).getResource().getSourcePath())).count();
        assertThat(compiled).as("rules compiled for %d municipality rows", rows).isEqualTo((rows + FoldedReferenceRows.ROWS_PER_RULE - 1) / FoldedReferenceRows.ROWS_PER_RULE);
        assertThat(ruleSet.files()).filteredOn(f -> f.name().equals(table)).extracting(RuleFile::rules).containsExactly(rows);
        assertThat(ruleSet.municipalities()).hasSize(rows).extracting(MunicipalityDef::cbsCode).doesNotHaveDuplicates();
        assertThat(ruleSet.municipalities()).filteredOn(m -> m.name().equals("Leeuwarden")).extracting(MunicipalityDef::cbsCode)
                .containsExactly("GM0080");
        // Rows that define rather than decide are no table rows for scenarios to cover, folded or not.
        assertThat(ruleSet.tableRows().values()).noneMatch(row -> row.file().equals(table));
    }

    @Test
    void aBrokenCellOfAFoldedTableIsToldAtItsOwnRow(@TempDir Path copy) {
        RulesCopy.into(copy);
        // Row 19 is folded into the rule of row 10; the problem names row 19 all the same.
        RulesCopy.replace(copy, "gemeenten/gemeenten.drl.csv", "Leeuwarden,GM0080,", "Leeuwarden,GM0080\\q,");
        assertThatThrownBy(() -> loader.load(copy))
                .isInstanceOf(RuleSetException.class)
                .hasMessageContaining("gemeenten/gemeenten.drl.csv, row 19, column E (CBS-code) (rule \"Gemeente Leeuwarden\")");
    }

    @Test
    void aRowNameUsedTwiceInAFoldedTableIsRefused(@TempDir Path copy) {
        RulesCopy.into(copy);
        RulesCopy.replace(copy, "gemeenten/gemeenten.drl.csv", "Gemeente Leeuwarden,", "Gemeente Groningen,");
        assertThatThrownBy(() -> loader.load(copy))
                .isInstanceOf(RuleSetException.class)
                .hasMessageContaining("rule name \"Gemeente Groningen\" is used twice");
    }

    @Test
    void hashesItsContent() throws IOException {
        RuleSet ruleSet = loader.load(RULES);
        assertThat(ruleSet.hash()).matches("[0-9a-f]{64}");
        assertThat(loader.load(RULES).hash()).as("same files, same hash").isEqualTo(ruleSet.hash());
        assertThat(ruleSet.files()).allSatisfy(f -> assertThat(f.sha256())
                .isEqualTo(RuleSetHash.sha256(Files.readAllBytes(RULES.resolve(f.name())))));
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
        assertThat(ruleSet.domains()).extracting(d -> d.getCode())
                .containsExactly("ONDERWIJS", "OPVOEDING", "PARTICIPATIE_INTEGRATIE", "WERK_INKOMEN", "ZORG_WELZIJN");
    }

    @Test
    void aBrokenTableNamesTheFileAndTheRow(@TempDir Path copy) {
        RulesCopy.into(copy);
        RulesCopy.replace(copy, "de-nieuwe-docent/taalniveau.drl.csv", "f.setCode(\"\"$param\"\");", "f.setCode(\"\"$param\"\")");
        assertThatThrownBy(() -> loader.load(copy))
                .isInstanceOf(RuleSetException.class)
                .hasMessageContaining("de-nieuwe-docent/taalniveau.drl.csv, row 10")
                .hasMessageNotContaining("Line ");
    }

    @Test
    void aConditionOnAnUnknownFactNamesTheRowAndColumn(@TempDir Path copy) {
        RulesCopy.into(copy);
        RulesCopy.replace(copy, "variis-en-zorgstage/uren-zorgstage.drl.csv", "hoursAvailablePerWeek >= $param", "hoursPerWeek >= $param");
        assertThatThrownBy(() -> loader.load(copy))
                .isInstanceOf(RuleSetException.class)
                .hasMessageContaining("variis-en-zorgstage/uren-zorgstage.drl.csv, row 10, column C (Minstens uur per week)")
                .hasMessageContaining("Zorgstage: 16 uur per week beschikbaar");
    }

    @Test
    void aBrokenDrlNamesTheFileAndLine(@TempDir Path copy) {
        RulesCopy.into(copy);
        RulesCopy.replace(copy, "advies/advies.drl", "exists Finding(scope == $c || scope == $p, state == \"UNMET\")",
                "exists Finding(scope == $c || scope == $p, state === \"UNMET\")");
        assertThatThrownBy(() -> loader.load(copy))
                .isInstanceOf(RuleSetException.class)
                .hasMessageContaining("advies/advies.drl, line ");
    }

    @Test
    void aTableWithoutDrlInItsNameIsRefused(@TempDir Path copy) throws IOException {
        RulesCopy.into(copy);
        Files.move(copy.resolve("refugee-on-board/cohort.drl.csv"), copy.resolve("refugee-on-board/cohort.csv"));
        assertThatThrownBy(() -> loader.load(copy))
                .isInstanceOf(RuleSetException.class)
                .hasMessageContaining("refugee-on-board/cohort.csv: a decision table must be named *.drl.csv");
    }

    @Test
    void aTableWithoutRowsIsRefused(@TempDir Path copy) throws IOException {
        RulesCopy.into(copy);
        Path table = copy.resolve("refugee-on-board/cohort.drl.csv");
        String header = Files.readAllLines(table, StandardCharsets.UTF_8).stream()
                .takeWhile(line -> !line.startsWith("Cohort ")).collect(Collectors.joining("\n"));
        Files.writeString(table, header + "\n");
        assertThatThrownBy(() -> loader.load(copy))
                .isInstanceOf(RuleSetException.class)
                .hasMessageContaining("refugee-on-board/cohort.drl.csv, row 10: the row is empty");
    }

    @Test
    void availabilityForAnUnknownMunicipalityIsRefused(@TempDir Path copy) {
        RulesCopy.into(copy);
        RulesCopy.replace(copy, "refugee-on-board/beschikbaarheid.drl.csv", "GM0518", "GM9999");
        assertThatThrownBy(() -> loader.load(copy))
                .isInstanceOf(RuleSetException.class)
                .hasMessageContaining("REFUGEE_ON_BOARD names unknown CBS code GM9999");
    }

    @Test
    void aRuleNameUsedInTwoProgrammesIsRefused(@TempDir Path copy) {
        RulesCopy.into(copy);
        RulesCopy.replace(copy, "vip/al-afgerond.drl.csv", "Al afgerond: VIP,", "Al afgerond: Samen Hier,");
        assertThatThrownBy(() -> loader.load(copy))
                .isInstanceOf(RuleSetException.class)
                .hasMessageContaining("rule name \"Al afgerond: Samen Hier\" is used twice");
    }

    @Test
    void aRuleSetThatDoesNotDeclareWhatAnAdviceConsistsOfIsRefused(@TempDir Path copy) {
        // A rule set written for an earlier release read its outcome without queries: it cannot decide now.
        RulesCopy.into(copy);
        RulesCopy.replace(copy, "advies/advies.drl", "query \"nog te vragen\"", "query \"nog-te-vragen-oud\"");
        assertThatThrownBy(() -> loader.load(copy))
                .isInstanceOf(RuleSetException.class)
                .hasMessageContaining("the rules declare no query \"nog te vragen\"");
    }

    /** Data rows of every table of the file: rows under each column-title row, up to a blank row. */
    static int dataRows(String csv) {
        List<List<String>> rows = CsvRows.parse(csv);
        int count = 0;
        for (int i = 0; i < rows.size(); i++) {
            if (!rows.get(i).isEmpty() && rows.get(i).get(0).startsWith("RuleTable")) {
                for (int r = i + 5; r < rows.size() && rows.get(r).stream().anyMatch(c -> !c.isBlank())
                        && !rows.get(r).get(0).startsWith("RuleTable"); r++) {
                    count++;
                }
            }
        }
        return count;
    }

    private static int count(String text, String needle) {
        return ("\n" + text).split(java.util.regex.Pattern.quote(needle), -1).length - 1;
    }
}
