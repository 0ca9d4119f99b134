package nl.wegwijzer.ruleset;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A problem with a draft, where a policy officer finds it: file, table row (or DRL line), column. */
public record DraftProblem(String file, Integer row, Integer line, String column, String columnTitle, String message) {
    /** At most this many problems are reported in one answer; the rest are counted. */
    public static final int MAX = 50;

    /** How the compiler's messages place a problem: "file, row 3, column C (Title) (rule ...): message". */
    private static final Pattern PLACED = Pattern.compile(
            "^(?<file>[^,:]+?)(?:, (?<unit>row|line) (?<number>\\d+))?(?:, column (?<column>[A-Z]+)(?: \\((?<title>[^)]*)\\))?)?"
                    + "(?: \\((?<rule>rule [^)]*|table header)\\))?: (?<message>.*)$");

    public static DraftProblem of(String file, String message) {
        return new DraftProblem(file, null, null, null, null, message);
    }

    /** A compile error of the rule set, taken apart into file, row or line, and column. */
    static DraftProblem parse(String text) {
        Matcher m = PLACED.matcher(text);
        if (!m.matches()) {
            return of(null, text);
        }
        Integer number = m.group("number") == null ? null : Integer.valueOf(m.group("number"));
        boolean row = "row".equals(m.group("unit"));
        return new DraftProblem(m.group("file"), row ? number : null, row ? null : number, m.group("column"), m.group("title"),
                m.group("message"));
    }

    /** "file, row 12, column C (Title): message", as one line. */
    public String text() {
        StringBuilder where = new StringBuilder(file == null ? "" : file);
        if (row != null) {
            where.append(where.isEmpty() ? "" : ", ").append("row ").append(row);
        }
        if (line != null) {
            where.append(where.isEmpty() ? "" : ", ").append("line ").append(line);
        }
        if (column != null) {
            where.append(", column ").append(column).append(columnTitle == null ? "" : " (" + columnTitle + ")");
        }
        return where.isEmpty() ? message : where + ": " + message;
    }

    /** At most {@link #MAX} problems, and a last line that counts the rest. */
    static java.util.List<DraftProblem> limit(java.util.List<DraftProblem> problems) {
        if (problems.size() <= MAX) {
            return problems;
        }
        java.util.List<DraftProblem> first = new java.util.ArrayList<>(problems.subList(0, MAX));
        DraftProblem last = problems.get(problems.size() - 1);
        first.add(new DraftProblem(last.file(), null, null, null, null,
                "and " + (problems.size() - MAX) + " more problems like these"));
        return first;
    }
}
