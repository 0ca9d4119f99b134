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
        try (var files = Files.walk(Path.of("rules"))) {
            List<Path> tables = files.filter(f -> f.toString().endsWith(".drl.csv")).toList();
            assertThat(tables).hasSizeGreaterThan(30);
            for (Path file : tables) {
                String name = Path.of("rules").relativize(file).toString();
                assertThat(TableAnalysis.analyse(name, Files.readString(file), TableShapeTest.WORDS)).as(name).isEmpty();
            }
        }
    }

    @Test
    void aPartialTableMayHaveGapsButNotOverlaps() throws IOException {
        String table = table("vip/al-afgerond.drl.csv");
        assertThat(TableAnalysis.analyse("vip/al-afgerond.drl.csv", table, TableShapeTest.WORDS)).isEmpty();
        String complete = table.replace("Hit policy: partial", "Hit policy: unique");
        assertThat(TableAnalysis.analyse("vip/al-afgerond.drl.csv", complete, TableShapeTest.WORDS)).isNotEmpty()
                .allSatisfy(f -> assertThat(f.kind()).isEqualTo("GAP"));
    }

    @Test
    void aLanguageLevelMissingFromTheTableIsAGapWithAnExample() throws IOException {
        String gapped = table("de-nieuwe-docent/taalniveau.drl.csv").replace("Perspectiefgroep: taalniveau B1 of hoger,\"B1, B2, C1, C2\"",
                "Perspectiefgroep: taalniveau B1 of hoger,\"B2, C1, C2\"");
        List<TableAnalysis.Finding> findings = TableAnalysis.analyse("de-nieuwe-docent/taalniveau.drl.csv", gapped, TableShapeTest.WORDS);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo("GAP");
            assertThat(f.group()).isEqualTo("PERSPECTIEFGROEP / LANGUAGE_LEVEL");
            assertThat(f.example()).containsEntry("languageLevel", "B1");
            assertThat(f.rows()).containsExactly(10, 11);
        });
    }

    @Test
    void aLevelInTwoRowsIsAnOverlapNamingBothRows() throws IOException {
        String overlapping = table("de-nieuwe-docent/taalniveau.drl.csv").replace("Perspectiefgroep: taalniveau tot B1,\"A0, A1, A2\"",
                "Perspectiefgroep: taalniveau tot B1,\"A0, A1, A2, B1\"");
        List<TableAnalysis.Finding> findings = TableAnalysis.analyse("de-nieuwe-docent/taalniveau.drl.csv", overlapping, TableShapeTest.WORDS);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo("OVERLAP");
            assertThat(f.rows()).containsExactly(10, 11);
            assertThat(f.example()).containsEntry("languageLevel", "B1");
        });
    }

    @Test
    void aThresholdThatLeavesANumberUncoveredIsAGap() throws IOException {
        // 16 or more fits; "less than 15" leaves 15 itself uncovered.
        String gapped = table("variis-en-zorgstage/uren-zorgstage.drl.csv").replace("Zorgstage: minder dan 16 uur beschikbaar,true,,16,",
                "Zorgstage: minder dan 16 uur beschikbaar,true,,15,");
        List<TableAnalysis.Finding> findings = TableAnalysis.analyse("variis-en-zorgstage/uren-zorgstage.drl.csv", gapped, TableShapeTest.WORDS);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo("GAP");
            assertThat(f.group()).isEqualTo("CARE_INTERNSHIP / HOURS_AVAILABLE");
            assertThat(f.example()).containsEntry("work.hoursAvailablePerWeek", 15);
        });
    }

    @Test
    void anUnknownFactWithoutARowIsAGap() throws IOException {
        String gapped = table("de-nieuwe-docent/doelgroep.drl.csv").replace("Doelgroep DND: opleidingsniveau onbekend,UNKNOWN,",
                "Doelgroep DND: opleidingsniveau onbekend,OTHER_VALUE,");
        assertThat(TableAnalysis.analyse("de-nieuwe-docent/doelgroep.drl.csv", gapped, TableShapeTest.WORDS))
                .anySatisfy(f -> {
                    assertThat(f.kind()).isEqualTo("GAP");
                    assertThat(f.example()).containsEntry("education.level", "(not known)");
                });
    }
}
