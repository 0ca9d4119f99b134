package nl.wegwijzer.rules;

import java.util.ArrayList;
import java.util.List;

/** RFC 4180 CSV, as the decision tables are written: quoted cells may hold commas, quotes and newlines. */
public final class CsvRows {
    private CsvRows() {
    }

    /** One row: its cells, and where it stands in the text ({@code end} after its line break). */
    public record Row(List<String> cells, int start, int end) {
        /** A row with no text in any cell: it ends a decision table. */
        public boolean blank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    public static List<List<String>> parse(String text) {
        return rows(text).stream().map(Row::cells).toList();
    }

    public static List<Row> rows(String text) {
        List<Row> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(new Row(List.copyOf(row), start, i + 1));
                row = new ArrayList<>();
                start = i + 1;
            } else {
                cell.append(c);
            }
        }
        if (cell.length() > 0 || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(new Row(List.copyOf(row), start, text.length()));
        }
        return rows;
    }

    /** Spreadsheet column letters: 0 is A, 26 is AA. */
    public static String column(int index) {
        StringBuilder name = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            name.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return name.toString();
    }
}
