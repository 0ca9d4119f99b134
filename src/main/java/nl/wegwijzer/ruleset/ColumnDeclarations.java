package nl.wegwijzer.ruleset;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.wegwijzer.rules.CsvRows;

/**
 * The column declarations of a deployed table: each column title ends in its type ("Taalniveau
 * [taalniveaus]", "[tekst, mag leeg]"), and the type must suit the place the template pastes the cell:
 * a word only inside a string literal. A declaration that is missing or unsafe is a mistake in the
 * repository, refused at start and in the tests.
 */
final class ColumnDeclarations {
    private static final Pattern TYPE = Pattern.compile("\\[([^\\[\\]]+)]\\s*$");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$(param|[0-9]+|(?![A-Za-z_]))");

    private ColumnDeclarations() {
    }

    static List<TableShape.Column> read(String file, int tableRow, List<String> kinds, List<String> templates, List<String> titles) {
        List<TableShape.Column> columns = new ArrayList<>();
        for (int c = 0; c < kinds.size(); c++) {
            String kind = kinds.get(c).strip().toUpperCase(Locale.ROOT);
            if (kind.isEmpty()) {
                continue;
            }
            String where = file + ", row " + (tableRow + 5) + ", column " + CsvRows.column(c);
            String title = c < titles.size() ? titles.get(c).strip() : "";
            Matcher declared = TYPE.matcher(title);
            if (!declared.find()) {
                throw new IllegalArgumentException(where + ": the column title declares no type, e.g. [tekst]");
            }
            String token = declared.group(1).strip();
            boolean mayBeEmpty = token.endsWith(", mag leeg");
            String typeToken = mayBeEmpty ? token.substring(0, token.length() - ", mag leeg".length()).strip() : token;
            CellType type = CellType.byToken(typeToken).orElseThrow(() -> new IllegalArgumentException(
                    where + ": unknown column type [" + declared.group(1) + "]"));
            String template = c < templates.size() ? templates.get(c) : "";
            switch (kind) {
                case "NAME" -> require(type == CellType.NAME, where, "a NAME column is of type [naam]");
                case "PRIORITY", "SALIENCE" -> require(type == CellType.INTEGER, where, "a PRIORITY column is [geheel getal]");
                case "ACTIVATION-GROUP" -> require(type == CellType.GROUP, where, "an ACTIVATION-GROUP column is [groep]");
                case "CONDITION", "ACTION" -> placement(where, template, type);
                default -> throw new IllegalArgumentException(where + ": a " + kind + " column cannot be changed safely by a draft");
            }
            columns.add(new TableShape.Column(c, title.substring(0, declared.start()).strip(), type, !mayBeEmpty && !kind.equals("CONDITION")));
        }
        return List.copyOf(columns);
    }

    /**
     * Every place the template pastes a cell (or a part of it) must suit the column's type: a word
     * (code, text) only inside a string literal, a number or true/false anywhere.
     */
    static void placement(String where, String template, CellType type) {
        Matcher placeholder = PLACEHOLDER.matcher(template);
        boolean found = false;
        while (placeholder.find()) {
            found = true;
            boolean quoted = insideString(template, placeholder.start());
            CellType.Part part = type.part() == CellType.Part.MIXED
                    ? ("1".equals(placeholder.group(1)) ? CellType.Part.WORD : CellType.Part.NUMBER) : type.part();
            if (part == CellType.Part.WORD && !quoted) {
                throw new IllegalArgumentException(where + ": a [" + type.token() + "] value is pasted outside a string "
                        + "literal in the template " + template + "; only numbers and true/false may be");
            }
        }
        if (!found) {
            throw new IllegalArgumentException(where + ": the template has no $param");
        }
    }

    private static boolean insideString(String template, int position) {
        boolean inside = false;
        for (int i = 0; i < position; i++) {
            char c = template.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                inside = !inside;
            }
        }
        return inside;
    }

    private static void require(boolean ok, String where, String rule) {
        if (!ok) {
            throw new IllegalArgumentException(where + ": " + rule);
        }
    }
}
