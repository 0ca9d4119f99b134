package nl.wegwijzer.ruleset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Gap and overlap analysis on the real tables, and on broken copies of them. */
class TableAnalysisTest {
    private static String table(String name) throws IOException {
        return Files.readString(Path.of("rules", name));
    }

    @Test
    void theRealFindingTablesHaveNoGapsAndNoOverlaps() throws IOException {
        try (var files = Files.list(Path.of("rules"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".drl.csv")).toList()) {
                assertThat(TableAnalysis.analyse(file.getFileName().toString(), Files.readString(file)))
                        .as(file.getFileName().toString()).isEmpty();
            }
        }
    }

    @Test
    void aPartialTableMayHaveGapsButNotOverlaps() throws IOException {
        String table = table("completed-programmes.drl.csv");
        assertThat(TableAnalysis.analyse("completed-programmes.drl.csv", table)).isEmpty();
        String complete = table.replace("Hit policy: partial", "Hit policy: unique");
        assertThat(TableAnalysis.analyse("completed-programmes.drl.csv", complete)).isNotEmpty()
                .allSatisfy(f -> assertThat(f.kind()).isEqualTo("GAP"));
    }

    @Test
    void aLanguageLevelMissingFromTheTableIsAGapWithAnExample() throws IOException {
        String gapped = table("language-levels.drl.csv").replace("Perspectiefgroep: taalniveau B1 of hoger,\"B1, B2, C1, C2\"",
                "Perspectiefgroep: taalniveau B1 of hoger,\"B2, C1, C2\"");
        List<TableAnalysis.Finding> findings = TableAnalysis.analyse("language-levels.drl.csv", gapped);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo("GAP");
            assertThat(f.group()).isEqualTo("PERSPECTIEFGROEP / LANGUAGE_LEVEL");
            assertThat(f.example()).containsEntry("languageLevel", "B1");
            assertThat(f.rows()).containsExactly(10, 11);
        });
    }

    @Test
    void aLevelInTwoRowsIsAnOverlapNamingBothRows() throws IOException {
        String overlapping = table("language-levels.drl.csv").replace("Perspectiefgroep: taalniveau tot B1,\"A0, A1, A2\"",
                "Perspectiefgroep: taalniveau tot B1,\"A0, A1, A2, B1\"");
        List<TableAnalysis.Finding> findings = TableAnalysis.analyse("language-levels.drl.csv", overlapping);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo("OVERLAP");
            assertThat(f.rows()).containsExactly(10, 11);
            assertThat(f.example()).containsEntry("languageLevel", "B1");
        });
    }

    @Test
    void aThresholdThatLeavesANumberUncoveredIsAGap() throws IOException {
        // 16 or more fits; "less than 15" leaves 15 itself uncovered.
        String gapped = table("work-and-hours.drl.csv").replace("Zorgstage: minder dan 16 uur beschikbaar,true,,16,",
                "Zorgstage: minder dan 16 uur beschikbaar,true,,15,");
        List<TableAnalysis.Finding> findings = TableAnalysis.analyse("work-and-hours.drl.csv", gapped);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo("GAP");
            assertThat(f.group()).isEqualTo("CARE_INTERNSHIP / HOURS_AVAILABLE");
            assertThat(f.example()).containsEntry("work.hoursAvailablePerWeek", 15);
        });
    }

    @Test
    void anUnknownFactWithoutARowIsAGap() throws IOException {
        String gapped = table("target-group-de-nieuwe-docent.drl.csv").replace("Doelgroep DND: opleidingsniveau onbekend,UNKNOWN,",
                "Doelgroep DND: opleidingsniveau onbekend,OTHER_VALUE,");
        assertThat(TableAnalysis.analyse("target-group-de-nieuwe-docent.drl.csv", gapped))
                .anySatisfy(f -> {
                    assertThat(f.kind()).isEqualTo("GAP");
                    assertThat(f.example()).containsEntry("education.level", "(not known)");
                });
    }
}
