package nl.wegwijzer.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.wegwijzer.rules.CsvRows;

/**
 * A table with the cells a policy officer edited in the grid put in: the file as the rule set has it,
 * with each edited data row written out again (quoted where a cell needs it) and every other byte
 * left as it was. What the draft may change is decided by the API when the table is uploaded.
 */
final class TableEdit {
    private TableEdit() {
    }

    /**
     * @param original the table as the version in effect has it
     * @param edits    row number (1-based) → column index → new value, for the cells sent by the grid
     * @return the table with the edits in, or the original itself when no cell differs
     */
    static String apply(String original, Map<Integer, Map<Integer, String>> edits) {
        List<CsvRows.Row> rows = CsvRows.rows(original);
        StringBuilder out = new StringBuilder(original.length() + 64);
        int at = 0;
        boolean changed = false;
        for (int i = 0; i < rows.size(); i++) {
            Map<Integer, String> edit = edits.get(i + 1);
            CsvRows.Row row = rows.get(i);
            if (edit == null) {
                continue;
            }
            List<String> cells = new ArrayList<>(row.cells());
            boolean differs = false;
            for (Map.Entry<Integer, String> cell : edit.entrySet()) {
                while (cells.size() <= cell.getKey()) {
                    cells.add("");
                }
                String value = cell.getValue().strip();
                if (!cells.get(cell.getKey()).strip().equals(value)) {
                    cells.set(cell.getKey(), value);
                    differs = true;
                }
            }
            if (differs) {
                out.append(original, at, row.start()).append(line(cells));
                at = row.end();
                if (at > 0 && original.charAt(at - 1) == '\n') {
                    out.append('\n');
                }
                changed = true;
            }
        }
        if (!changed) {
            return original;
        }
        return out.append(original.substring(at)).toString();
    }

    private static String line(List<String> cells) {
        List<String> quoted = new ArrayList<>();
        for (String cell : cells) {
            quoted.add(cell.contains(",") || cell.contains("\"") ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell);
        }
        return String.join(",", quoted);
    }
}
