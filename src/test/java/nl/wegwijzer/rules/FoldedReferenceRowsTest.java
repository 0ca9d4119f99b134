package nl.wegwijzer.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** Which generated rows are folded together, and which stay rules of their own. */
class FoldedReferenceRowsTest {
    private static String row(int number, String condition, String consequence) {
        return "// rule values at A" + number + ", header at A5\nrule \"Rij " + number + "\"\n\twhen\n\t\t" + condition + "\n\tthen\n\t\t"
                + consequence + "\nend\n\n";
    }

    private static int rules(String drl) {
        return (int) Pattern.compile("^rule \"", Pattern.MULTILINE).matcher(drl).results().count();
    }

    @Test
    void rowsWithTheSameConditionBecomeOneRuleKeepingEachRowsMarkerAndStatements() {
        String generated = "package p;\n" + row(10, "CatalogueRequest(active == true)", "String n = \"a\"; insert(n);")
                + row(11, "CatalogueRequest(active == true)", "String n = \"b\"; insert(n);")
                + row(12, "CatalogueRequest(active == false)", "String n = \"c\"; insert(n);");
        FoldedReferenceRows.Folded folded = FoldedReferenceRows.fold(generated);
        assertThat(rules(folded.drl())).as(folded.drl()).isEqualTo(2);
        assertThat(folded.foldedRows()).containsExactly("Rij 11");
        assertThat(folded.drl()).contains("// rule values at A11, header at A5").contains("String n = \"b\"; insert(n);")
                .contains("rule \"Rij 12\"");
        // Each row's statements in a block of their own: the same local names do not clash.
        assertThat(folded.drl()).containsSubsequence("{\n\t\tString n = \"a\"", "}", "{\n\t\tString n = \"b\"", "}");
    }

    @Test
    void rowsThatAskWhichRuleFiredOrTestMoreThanTheRequestStayRules() {
        String generated = row(10, "CatalogueRequest(active == true)", "insert(drools.getRule().getName());")
                + row(11, "CatalogueRequest(active == true)", "insert(\"x\");")
                + row(12, "Intake(age > 18)", "insert(\"y\");")
                + row(13, "Intake(age > 18)", "insert(\"z\");");
        FoldedReferenceRows.Folded folded = FoldedReferenceRows.fold(generated);
        assertThat(rules(folded.drl())).isEqualTo(4);
        assertThat(folded.foldedRows()).isEmpty();
        assertThat(folded.drl()).isEqualTo(generated);
    }

    @Test
    void aLongTableIsFoldedIntoRulesOfAHundredRows() {
        StringBuilder generated = new StringBuilder();
        for (int i = 0; i < 250; i++) {
            generated.append(row(10 + i, "CatalogueRequest(active == true)", "insert(\"" + i + "\");"));
        }
        FoldedReferenceRows.Folded folded = FoldedReferenceRows.fold(generated.toString());
        assertThat(rules(folded.drl())).isEqualTo(3);
        assertThat(folded.foldedRows()).hasSize(247);
        for (int i = 0; i < 250; i++) {
            assertThat(folded.drl()).contains("insert(\"" + i + "\");");
        }
    }
}
