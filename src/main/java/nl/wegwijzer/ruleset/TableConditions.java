package nl.wegwijzer.ruleset;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.wegwijzer.contract.Vocabulary;
import nl.wegwijzer.rules.facts.Intake;

/**
 * The conditions of a finding table on the intake, as {@link TableAnalysis} reads them from the
 * templates: which fact each column tests and how; every combination of values that can change which
 * row matches; and whether a row matches one.
 */
final class TableConditions {
    private static final Pattern ANY_EQUALS = Pattern.compile("forall\\(\\|\\|\\)\\{(\\w+) == \"\\$\"\\}");
    private static final Pattern ANY_CONTAINS = Pattern.compile("forall\\(\\|\\|\\)\\{(\\w+) contains \"\\$\"\\}");
    private static final Pattern NONE_CONTAINS = Pattern.compile("forall\\(&&\\)\\{(\\w+) not contains \"\\$\"\\}");
    private static final Pattern COMPARE = Pattern.compile("(\\w+) (>=|<=|<|>) \\$param");
    private static final Pattern FLAG = Pattern.compile("(\\w+) == \\$param");

    /** A column's test: the fact (field of the intake), the kind of test, and for a comparison its operator. */
    record Condition(int column, String kind, String field, String operator) {
    }

    private TableConditions() {
    }

    static Condition condition(int column, String snippet) {
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
        if ((m = FLAG.matcher(snippet)).matches() && Intake.KNOWN_FLAGS.containsKey(m.group(1))) {
            return new Condition(column, "known", Intake.KNOWN_FLAGS.get(m.group(1)), null);
        }
        return null;
    }

    /** Every combination of the values that can change which row matches. */
    static List<Map<String, Object>> points(List<Condition> conditions, List<List<String>> rows, List<Integer> dataRows,
                                                    Vocabulary words) {
        Map<String, Set<Object>> values = new LinkedHashMap<>();
        for (Condition c : conditions) {
            Set<Object> field = values.computeIfAbsent(c.field(), k -> new LinkedHashSet<>());
            switch (c.kind()) {
                case "equals" -> {
                    field.addAll(domain(c.field(), words));
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

    /**
     * The values a fact of the intake can take, as the contract enumerates them (yes/no for a yes-or-no
     * fact, any other text for free text), and "not known" unless every intake has the fact.
     */
    private static List<String> domain(String field, Vocabulary words) {
        Vocabulary.Fact fact = words.fact(Intake.CONTRACT_PATHS.getOrDefault(field, field)).orElse(null);
        List<String> values = new ArrayList<>();
        if (fact == null) {
            values.add(Intake.UNKNOWN);
            return values;
        }
        if (fact.kind() == Vocabulary.Kind.YES_NO) {
            values.addAll(List.of("YES", "NO"));
        } else if (!fact.values().isEmpty()) {
            values.addAll(fact.values());
        } else {
            values.add("another " + field);
        }
        if (!fact.required()) {
            values.add(Intake.UNKNOWN);
        }
        return values;
    }

    /** "Not known" for a number or a list the intake did not give. */
    private enum Unknown { VALUE }

    static boolean matches(List<String> row, List<Condition> conditions, Map<String, Object> point) {
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

    @SuppressWarnings("unchecked")
    static Map<String, Object> example(Map<String, Object> point) {
        Map<String, Object> example = new LinkedHashMap<>();
        for (Map.Entry<String, Object> field : point.entrySet()) {
            Object value = field.getValue();
            example.put(Intake.CONTRACT_PATHS.getOrDefault(field.getKey(), field.getKey()),
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

    static String cell(List<String> row, int column) {
        return column < row.size() ? row.get(column) : "";
    }
}
