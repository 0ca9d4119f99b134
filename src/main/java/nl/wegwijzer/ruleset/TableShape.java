package nl.wegwijzer.ruleset;

import nl.wegwijzer.contract.Vocabulary;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nl.wegwijzer.rules.CsvRows;

/**
 * A decision table as the repository deployed it: its machinery (RuleSet, Import, Notes, and of each
 * RuleTable the header, object, template and column-title rows) and, per table, the type of every
 * column. A draft of the table may change its data rows and nothing else: {@link #accept} checks every
 * cell against its column's type and returns the table to compile, made of the deployed machinery,
 * byte for byte, and the draft's data rows written out again. What Drools reads is therefore exactly
 * what was checked, whatever tricks the uploaded CSV tried.
 */
public final class TableShape {
    public static final int MAX_ROWS = 1_000;

    private final String file;
    private final String text;
    private final List<Segment> segments;

    /** Rows of the deployed table copied as they are, or a table's data rows, replaced by the draft's. */
    private sealed interface Segment permits Machinery, Data {
    }

    private record Machinery(List<CsvRows.Row> rows) implements Segment {
    }

    private record Data(String table, List<Column> columns) implements Segment {
    }

    /**
     * A column of a table: its letter, title, declared type, and whether a row must fill it in (an
     * empty action cell drops that part of the rule's code; "mag leeg" in the declaration allows it).
     */
    public record Column(int index, String title, CellType type, boolean required) {
        public String letter() {
            return CsvRows.column(index);
        }
    }

    /** A table of the draft: the problems found, or (none found) the text to compile. */
    public record Checked(List<DraftProblem> problems, String text) {
    }

    private TableShape(String file, String text, List<Segment> segments) {
        this.file = file;
        this.text = text;
        this.segments = segments;
    }

    /**
     * Reads a deployed table and its column declarations. A table whose declarations are missing or
     * unsafe (a word placed outside a string literal) is a mistake in the repository: it is refused
     * here, at start and in the tests, never silently accepted.
     */
    public static TableShape of(String file, String text) {
        List<CsvRows.Row> rows = CsvRows.rows(text);
        List<Segment> segments = new ArrayList<>();
        int machineryStart = 0;
        int i = 0;
        while (i < rows.size()) {
            if (!ruleTable(rows.get(i))) {
                i++;
                continue;
            }
            if (i + 4 >= rows.size()) {
                throw new IllegalArgumentException(file + ", row " + (i + 1) + ": a RuleTable needs four rows under it");
            }
            List<Column> columns = ColumnDeclarations.read(file, i, rows.get(i + 1).cells(), rows.get(i + 3).cells(),
                    rows.get(i + 4).cells());
            segments.add(new Machinery(rows.subList(machineryStart, i + 5)));
            int end = i + 5;
            while (end < rows.size() && !rows.get(end).blank() && !ruleTable(rows.get(end))) {
                end++;
            }
            segments.add(new Data(first(rows.get(i).cells()), columns));
            machineryStart = end;
            i = end;
        }
        segments.add(new Machinery(rows.subList(machineryStart, rows.size())));
        return new TableShape(file, text, List.copyOf(segments));
    }

    /** The columns of every table, in order (for documentation and the rule desk). */
    public List<List<Column>> tables() {
        return segments.stream().filter(Data.class::isInstance).map(s -> ((Data) s).columns()).toList();
    }

    /** Checks a draft of this table; without problems, gives the text to compile. */
    public Checked accept(String draft, Vocabulary words) {
        List<CsvRows.Row> rows = CsvRows.rows(draft.startsWith("\uFEFF") ? draft.substring(1) : draft);
        List<DraftProblem> problems = new ArrayList<>();
        StringBuilder out = new StringBuilder(draft.length() + 256);
        int at = 0;
        for (Segment segment : segments) {
            if (segment instanceof Machinery machinery) {
                at = machinery(machinery, rows, at, problems);
                if (!problems.isEmpty()) {
                    return new Checked(problems, null);
                }
                for (CsvRows.Row r : machinery.rows()) {
                    out.append(text, r.start(), r.end());
                    if (out.charAt(out.length() - 1) != '\n') {
                        out.append('\n');
                    }
                }
            } else {
                Data data = (Data) segment;
                int first = at;
                while (at < rows.size() && !rows.get(at).blank() && !ruleTable(rows.get(at))) {
                    row(data, rows.get(at), at + 1, words, problems).ifPresent(out::append);
                    at++;
                }
                if (at - first > MAX_ROWS) {
                    problems.add(problem(first + 1, null, null, "table " + data.table() + " has " + (at - first)
                            + " rows; at most " + MAX_ROWS));
                }
            }
        }
        for (; at < rows.size(); at++) {
            if (!rows.get(at).blank()) {
                problems.add(problem(at + 1, null, null, "there is text after the last table; a draft may change rows of the "
                        + "existing tables only"));
                break;
            }
        }
        return problems.isEmpty() ? new Checked(List.of(), out.toString()) : new Checked(DraftProblem.limit(problems), null);
    }

    /** Compares the draft's machinery rows with the deployed ones; blank rows between them do not count. */
    private int machinery(Machinery machinery, List<CsvRows.Row> rows, int at, List<DraftProblem> problems) {
        for (CsvRows.Row expected : machinery.rows()) {
            if (expected.blank()) {
                continue;
            }
            while (at < rows.size() && rows.get(at).blank()) {
                at++;
            }
            if (at >= rows.size()) {
                problems.add(problem(at, null, null, "the file ends where the table's machinery continues (" + describe(expected)
                        + "); the machinery of a table is not editable through a draft; change it in the repository's rules/ folder"));
                return at;
            }
            if (!trimmed(rows.get(at).cells()).equals(trimmed(expected.cells()))) {
                problems.add(problem(at + 1, null, null, "this row differs from the table's machinery (" + describe(expected)
                        + "); the machinery of a table is not editable through a draft; change it in the repository's rules/ "
                        + "folder. A draft may change only the rows below a table's column titles"));
                return at;
            }
            at++;
        }
        return at;
    }

    /** One data row: each cell checked against its column; written out again when all fit. */
    private Optional<String> row(Data data, CsvRows.Row row, int number, Vocabulary words, List<DraftProblem> problems) {
        List<String> cells = row.cells();
        int before = problems.size();
        for (int c = data.columns().size(); c < cells.size(); c++) {
            if (!cells.get(c).isBlank()) {
                problems.add(problem(number, CsvRows.column(c), null, "this cell is outside the table's columns"));
            }
        }
        List<String> values = new ArrayList<>(data.columns().size());
        for (Column column : data.columns()) {
            String value = column.index() < cells.size() ? cells.get(column.index()).strip() : "";
            if (value.isEmpty() && column.required()) {
                problems.add(problem(number, column.letter(), column.title(), "must be filled in: an empty cell here would drop part of the rule"));
            } else {
                column.type().check(value, words).ifPresent(why -> problems.add(problem(number, column.letter(), column.title(), why)));
            }
            values.add(value);
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < values.size(); c++) {
            String value = values.get(c);
            line.append(c == 0 ? "" : ",").append(value.contains(",") ? "\"" + value + "\"" : value);
        }
        return Optional.of(line.append('\n').toString());
    }

    private DraftProblem problem(int row, String column, String title, String message) {
        return new DraftProblem(file, row, null, column, title, message);
    }

    private static boolean ruleTable(CsvRows.Row row) {
        return first(row.cells()).startsWith("RuleTable");
    }

    private static String first(List<String> cells) {
        return cells.isEmpty() ? "" : cells.get(0).strip();
    }

    private static List<String> trimmed(List<String> cells) {
        int end = cells.size();
        while (end > 0 && cells.get(end - 1).isBlank()) {
            end--;
        }
        return cells.subList(0, end).stream().map(String::strip).toList();
    }

    private static String describe(CsvRows.Row row) {
        String first = first(row.cells());
        return "'" + (first.length() > 40 ? first.substring(0, 40) + "…" : first) + "'";
    }
}
