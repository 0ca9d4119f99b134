package nl.wegwijzer.ruleset;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.wegwijzer.contract.Vocabulary;

/**
 * Finds gaps and overlaps in the decision tables that establish findings: for every pathway and
 * condition code, exactly one row must match any intake. The analysis reads the CSV itself, tries
 * every combination of the values that matter to the table (each field's whole domain, "not known",
 * and the numbers either side of every threshold in a cell), and reports an example input for each
 * combination that no row covers (gap) or that two rows cover (overlap).
 */
public final class TableAnalysis {
    /** A combination no row covers, or that more than one row covers. */
    public record Finding(String kind, String file, String table, String group, List<Integer> rows, Map<String, Object> example) {
    }

    private TableAnalysis() {
    }

    /**
     * Gaps and overlaps in every finding table of the file; tables of another kind are not analysed.
     * A file whose Notes say "Hit policy: partial" is allowed gaps (its rows speak only when they apply).
     */
    public static List<Finding> analyse(String file, String csv, Vocabulary words) {
        List<List<String>> rows = nl.wegwijzer.rules.CsvRows.parse(csv);
        boolean partial = rows.stream().anyMatch(row -> row.size() > 1 && row.get(0).equals("Notes")
                && row.get(1).toLowerCase(java.util.Locale.ROOT).contains("hit policy: partial"));
        List<Finding> findings = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (!row.isEmpty() && row.get(0).startsWith("RuleTable ")) {
                findings.addAll(table(file, row.get(0).substring("RuleTable ".length()).strip(), rows, r, words));
            }
        }
        return partial ? findings.stream().filter(f -> !f.kind().equals("GAP")).toList() : findings;
    }

    private static List<Finding> table(String file, String name, List<List<String>> rows, int header, Vocabulary words) {
        List<String> kinds = rows.get(header + 1);
        List<String> types = rows.get(header + 2);
        List<String> snippets = rows.get(header + 3);
        int scopeColumn = -1;
        int codeColumn = -1;
        List<TableConditions.Condition> conditions = new ArrayList<>();
        for (int c = 1; c < kinds.size(); c++) {
            String kind = kinds.get(c).strip();
            String snippet = TableConditions.cell(snippets, c);
            if (kind.equals("ACTION") && snippet.contains("new Finding(")) {
                scopeColumn = c;
            } else if (kind.equals("ACTION") && snippet.contains("f.setCode(")) {
                codeColumn = c;
            } else if (kind.equals("CONDITION")) {
                if (!TableConditions.cell(types, c).strip().equals("Intake")) {
                    return List.of(); // conditions on other facts: not a table about the intake alone
                }
                TableConditions.Condition condition = TableConditions.condition(c, snippet);
                if (condition == null) {
                    return List.of();
                }
                conditions.add(condition);
            }
        }
        if (scopeColumn < 0 || codeColumn < 0) {
            return List.of();
        }
        List<Integer> dataRows = new ArrayList<>();
        for (int r = header + 5; r < rows.size() && !blank(rows.get(r)); r++) {
            dataRows.add(r);
        }
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int r : dataRows) {
            groups.computeIfAbsent(TableConditions.cell(rows.get(r), scopeColumn) + " / " + TableConditions.cell(rows.get(r), codeColumn), k -> new ArrayList<>()).add(r);
        }
        List<Map<String, Object>> points = TableConditions.points(conditions, rows, dataRows, words);
        List<Finding> findings = new ArrayList<>();
        for (Map.Entry<String, List<Integer>> group : groups.entrySet()) {
            Set<String> reported = new HashSet<>();
            for (Map<String, Object> point : points) {
                List<Integer> matching = new ArrayList<>();
                for (int r : group.getValue()) {
                    if (TableConditions.matches(rows.get(r), conditions, point)) {
                        matching.add(r + 1);
                    }
                }
                if (matching.size() == 1) {
                    continue;
                }
                String kind = matching.isEmpty() ? "GAP" : "OVERLAP";
                // One example per kind and set of rows is enough to act on.
                if (reported.add(kind + matching)) {
                    findings.add(new Finding(kind, file, name, group.getKey(),
                            matching.isEmpty() ? group.getValue().stream().map(r -> r + 1).toList() : matching, TableConditions.example(point)));
                }
            }
        }
        return findings;
    }

    private static boolean blank(List<String> row) {
        return row.stream().allMatch(String::isBlank);
    }

}
