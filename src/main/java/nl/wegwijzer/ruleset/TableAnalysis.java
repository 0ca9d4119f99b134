package nl.wegwijzer.ruleset;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds gaps and overlaps in the decision tables that establish findings: for every pathway and
 * condition code, exactly one row must match any intake. The analysis reads the CSV itself, tries
 * every combination of the values that matter to the table (each field's whole domain, "not known",
 * and the numbers either side of every threshold in a cell), and reports an example input for each
 * combination that no row covers (gap) or that two rows cover (overlap).
 */
public final class TableAnalysis {
    /** The values each intake fact can take, as the fact model (rules/facts/Intake) presents them. */
    private static final Map<String, List<String>> DOMAINS = Map.ofEntries(
            Map.entry("languageLevel", List.of("A0", "A1", "A2", "B1", "B2", "C1", "C2")),
            Map.entry("educationLevel", List.of("NONE", "PRIMARY", "SECONDARY", "VOCATIONAL", "BACHELOR", "MASTER", "DOCTORATE", "UNKNOWN")),
            Map.entry("educationField", List.of("TEACHING", "STEM", "HEALTHCARE", "OTHER", "UNKNOWN")),
            Map.entry("schoolType", List.of("PRIMARY", "SECONDARY", "VOCATIONAL", "HIGHER", "UNKNOWN")),
            Map.entry("workStatus", List.of("UNEMPLOYED", "VOLUNTEERING", "EMPLOYED", "EMPLOYED_AS_TEACHER", "UNKNOWN")),
            Map.entry("benefitsType", List.of("NONE", "BIJSTAND", "OTHER", "UNKNOWN")),
            Map.entry("jobApplicationObligation", List.of("YES", "NO", "UNKNOWN")),
            Map.entry("partner", List.of("YES", "NO", "UNKNOWN")),
            Map.entry("singleParent", List.of("YES", "NO", "UNKNOWN")),
            Map.entry("inburgeringObligated", List.of("YES", "NO", "UNKNOWN")),
            Map.entry("inburgeringRoute", List.of("B1", "ONDERWIJS", "Z", "UNKNOWN")),
            Map.entry("subject", List.of("UNKNOWN", "another subject")));

    /** Numbers that may be unknown, and the flag that says whether they are known. */
    private static final Map<String, String> KNOWN_FLAGS = Map.of(
            "teachingExperienceKnown", "teachingExperienceYears",
            "hoursKnown", "hoursAvailablePerWeek",
            "experienceKnown", "experienceYears",
            "inburgeringKnown", "completedProgrammes");

    private static final Map<String, String> API_NAMES = Map.ofEntries(
            Map.entry("languageLevel", "languageLevel"), Map.entry("educationLevel", "education.level"),
            Map.entry("educationField", "education.field"), Map.entry("schoolType", "education.schoolType"),
            Map.entry("subject", "education.subject"), Map.entry("teachingExperienceYears", "education.teachingExperienceYears"),
            Map.entry("workStatus", "work.status"), Map.entry("experienceYears", "work.experienceYears"),
            Map.entry("hoursAvailablePerWeek", "work.hoursAvailablePerWeek"), Map.entry("benefitsType", "benefits.type"),
            Map.entry("jobApplicationObligation", "benefits.jobApplicationObligation"), Map.entry("partner", "household.partner"),
            Map.entry("singleParent", "household.singleParent"), Map.entry("inburgeringObligated", "inburgering.obligated"),
            Map.entry("inburgeringRoute", "inburgering.route"), Map.entry("completedProgrammes", "inburgering.completedProgrammes"),
            Map.entry("vulnerabilities", "vulnerabilities"), Map.entry("priorities", "priorities"), Map.entry("age", "age"));

    private static final Pattern ANY_EQUALS = Pattern.compile("forall\\(\\|\\|\\)\\{(\\w+) == \"\\$\"\\}");
    private static final Pattern ANY_CONTAINS = Pattern.compile("forall\\(\\|\\|\\)\\{(\\w+) contains \"\\$\"\\}");
    private static final Pattern NONE_CONTAINS = Pattern.compile("forall\\(&&\\)\\{(\\w+) not contains \"\\$\"\\}");
    private static final Pattern COMPARE = Pattern.compile("(\\w+) (>=|<=|<|>) \\$param");
    private static final Pattern FLAG = Pattern.compile("(\\w+) == \\$param");

    /** A combination no row covers, or that more than one row covers. */
    public record Finding(String kind, String file, String table, String group, List<Integer> rows, Map<String, Object> example) {
    }

    private TableAnalysis() {
    }

    /**
     * Gaps and overlaps in every finding table of the file; tables of another kind are not analysed.
     * A file whose Notes say "Hit policy: partial" is allowed gaps (its rows speak only when they apply).
     */
    public static List<Finding> analyse(String file, String csv) {
        List<List<String>> rows = nl.wegwijzer.rules.CsvRows.parse(csv);
        boolean partial = rows.stream().anyMatch(row -> row.size() > 1 && row.get(0).equals("Notes")
                && row.get(1).toLowerCase(java.util.Locale.ROOT).contains("hit policy: partial"));
        List<Finding> findings = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (!row.isEmpty() && row.get(0).startsWith("RuleTable ")) {
                findings.addAll(table(file, row.get(0).substring("RuleTable ".length()).strip(), rows, r));
            }
        }
        return partial ? findings.stream().filter(f -> !f.kind().equals("GAP")).toList() : findings;
    }

    private record Condition(int column, String kind, String field, String operator) {
    }

    private static List<Finding> table(String file, String name, List<List<String>> rows, int header) {
        List<String> kinds = rows.get(header + 1);
        List<String> types = rows.get(header + 2);
        List<String> snippets = rows.get(header + 3);
        int scopeColumn = -1;
        int codeColumn = -1;
        List<Condition> conditions = new ArrayList<>();
        for (int c = 1; c < kinds.size(); c++) {
            String kind = kinds.get(c).strip();
            String snippet = cell(snippets, c);
            if (kind.equals("ACTION") && snippet.contains("new Finding(")) {
                scopeColumn = c;
            } else if (kind.equals("ACTION") && snippet.contains("f.setCode(")) {
                codeColumn = c;
            } else if (kind.equals("CONDITION")) {
                if (!cell(types, c).strip().equals("Intake")) {
                    return List.of(); // conditions on other facts: not a table about the intake alone
                }
                Condition condition = condition(c, snippet);
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
            groups.computeIfAbsent(cell(rows.get(r), scopeColumn) + " / " + cell(rows.get(r), codeColumn), k -> new ArrayList<>()).add(r);
        }
        List<Map<String, Object>> points = points(conditions, rows, dataRows);
        List<Finding> findings = new ArrayList<>();
        for (Map.Entry<String, List<Integer>> group : groups.entrySet()) {
            Set<String> reported = new HashSet<>();
            for (Map<String, Object> point : points) {
                List<Integer> matching = new ArrayList<>();
                for (int r : group.getValue()) {
                    if (matches(rows.get(r), conditions, point)) {
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
                            matching.isEmpty() ? group.getValue().stream().map(r -> r + 1).toList() : matching, example(point, conditions)));
                }
            }
        }
        return findings;
    }

    private static Condition condition(int column, String snippet) {
        Matcher m;
        if ((m = ANY_EQUALS.matcher(snippet)).matches()) {
            return new Condition(column, "equals", m.group(1), null);
        }
        if ((m = ANY_CONTAINS.matcher(snippet)).matches()) {
            return new Condition(column, "contains", m.group(1), null);
        }
        if ((m = NONE_CONTAINS.matcher(snippet)).matches()) {
            return new Condition(column, "notContains", m.group(1), null);
        }
        if ((m = COMPARE.matcher(snippet)).matches()) {
            return new Condition(column, "compare", m.group(1), m.group(2));
        }
        if ((m = FLAG.matcher(snippet)).matches() && KNOWN_FLAGS.containsKey(m.group(1))) {
            return new Condition(column, "known", KNOWN_FLAGS.get(m.group(1)), null);
        }
        return null;
    }

    /** Every combination of the values that can change which row matches. */
    private static List<Map<String, Object>> points(List<Condition> conditions, List<List<String>> rows, List<Integer> dataRows) {
        Map<String, Set<Object>> values = new LinkedHashMap<>();
        for (Condition c : conditions) {
            Set<Object> field = values.computeIfAbsent(c.field(), k -> new LinkedHashSet<>());
            switch (c.kind()) {
                case "equals" -> {
                    field.addAll(DOMAINS.getOrDefault(c.field(), List.of("UNKNOWN")));
                    dataRows.forEach(r -> field.addAll(list(cell(rows.get(r), c.column()))));
                }
                case "contains", "notContains" -> {
                    field.add(Set.of());
                    dataRows.forEach(r -> list(cell(rows.get(r), c.column())).forEach(v -> field.add(Set.of(v))));
                }
                case "compare" -> {
                    field.add(0);
                    dataRows.forEach(r -> {
                        String v = cell(rows.get(r), c.column()).strip();
                        if (!v.isEmpty()) {
                            int n = Integer.parseInt(v);
                            field.add(n - 1);
                            field.add(n);
                            field.add(n + 1);
                        }
                    });
                }
                default -> {
                    // "known" adds the unknown value below
                }
            }
        }
        for (Condition c : conditions) {
            if (c.kind().equals("known")) {
                values.computeIfAbsent(c.field(), k -> new LinkedHashSet<>(Set.of(0))).add(Unknown.VALUE);
            }
        }
        List<Map<String, Object>> points = new ArrayList<>();
        points.add(new LinkedHashMap<>());
        for (Map.Entry<String, Set<Object>> field : values.entrySet()) {
            List<Map<String, Object>> next = new ArrayList<>();
            for (Map<String, Object> point : points) {
                for (Object value : field.getValue()) {
                    Map<String, Object> extended = new LinkedHashMap<>(point);
                    extended.put(field.getKey(), value);
                    next.add(extended);
                }
            }
            points = next;
        }
        return points;
    }

    /** "Not known" for a number or a list the intake did not give. */
    private enum Unknown { VALUE }

    @SuppressWarnings("unchecked")
    private static boolean matches(List<String> row, List<Condition> conditions, Map<String, Object> point) {
        for (Condition c : conditions) {
            String cell = cell(row, c.column()).strip();
            if (cell.isEmpty()) {
                continue;
            }
            Object value = point.get(c.field());
            boolean holds = switch (c.kind()) {
                case "equals" -> list(cell).contains(String.valueOf(value));
                case "contains" -> value instanceof Set<?> set && list(cell).stream().anyMatch(set::contains);
                case "notContains" -> !(value instanceof Set<?> set) || list(cell).stream().noneMatch(set::contains);
                case "known" -> Boolean.parseBoolean(cell) == (value != Unknown.VALUE);
                default -> value instanceof Integer n && compare(n, c.operator(), Integer.parseInt(cell));
            };
            if (!holds) {
                return false;
            }
        }
        return true;
    }

    private static boolean compare(int value, String operator, int threshold) {
        return switch (operator) {
            case ">=" -> value >= threshold;
            case "<=" -> value <= threshold;
            case "<" -> value < threshold;
            default -> value > threshold;
        };
    }

    private static Map<String, Object> example(Map<String, Object> point, List<Condition> conditions) {
        Map<String, Object> example = new LinkedHashMap<>();
        for (Map.Entry<String, Object> field : point.entrySet()) {
            Object value = field.getValue();
            example.put(API_NAMES.getOrDefault(field.getKey(), field.getKey()),
                    value == Unknown.VALUE || "UNKNOWN".equals(value) ? "(not known)"
                            : value instanceof Set<?> set ? new TreeSet<>((Set<String>) set) : value);
        }
        return example;
    }

    private static List<String> list(String cell) {
        List<String> values = new ArrayList<>();
        for (String v : cell.split(",")) {
            if (!v.isBlank()) {
                values.add(v.strip());
            }
        }
        return values;
    }

    private static String cell(List<String> row, int column) {
        return column < row.size() ? row.get(column) : "";
    }

    private static boolean blank(List<String> row) {
        return row.stream().allMatch(String::isBlank);
    }

}
