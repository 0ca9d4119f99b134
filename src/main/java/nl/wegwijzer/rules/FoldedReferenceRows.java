package nl.wegwijzer.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reference tables (municipalities, availability, the catalogue) only say what exists: each row is
 * read once, when the rules are loaded, by inserting a definition for the catalogue request. Drools
 * makes every row a rule of its own, and compiling 342 municipality rules cost about a second of
 * every start and every draft check (and 342,000 rows did not load at all). Here consecutive rows with
 * the same condition are folded into one rule that does what each row does, in row order, each in a
 * block of its own. The table stays the same for policy staff, and so does what it inserts.
 *
 * <p>Only rows as Drools generates them from a table are folded: a condition on the catalogue request
 * alone, no rule attributes, a consequence of single-line statements that does not ask which rule
 * fired. Every row keeps its "rule values at" marker, so each row's place is still known.
 */
final class FoldedReferenceRows {
    /** Rows per folded rule: small enough for one consequence method, large enough that compiling is cheap. */
    static final int ROWS_PER_RULE = 100;

    private static final Pattern ROW = Pattern.compile(
            "(// rule values at [A-Z]+\\d+, header at [A-Z]+\\d+)\\n(rule \"[^\"\\n]*\")\\n\\twhen\\n\\t\\t(CatalogueRequest\\([^\\n]*\\))\\n"
                    + "\\tthen\\n((?:\\t\\t[^\\n]*\\n)+?)end\\n");

    /** The DRL, and the names of the rows that are no longer a rule of their own (each must still be unique). */
    record Folded(String drl, List<String> foldedRows) {
    }

    private record Row(String marker, String rule, String condition, String consequence) {
        String asRule() {
            return marker + "\n" + rule + "\n\twhen\n\t\t" + condition + "\n\tthen\n" + consequence + "end\n";
        }
    }

    private FoldedReferenceRows() {
    }

    /** The generated DRL of one table with its reference rows folded, and the names of the rows folded into another's rule. */
    static Folded fold(String generated) {
        StringBuilder out = new StringBuilder(generated.length());
        List<Row> run = new ArrayList<>();
        List<String> folded = new ArrayList<>();
        int last = 0;
        Matcher row = ROW.matcher(generated);
        while (row.find()) {
            String between = generated.substring(last, row.start());
            Row next = new Row(row.group(1), row.group(2), row.group(3), row.group(4));
            boolean foldable = !next.consequence().contains("drools.") && !next.consequence().contains("kcontext");
            boolean joins = foldable && between.isBlank() && !run.isEmpty() && run.get(0).condition().equals(next.condition())
                    && run.size() < ROWS_PER_RULE;
            if (!joins) {
                flush(run, out, folded);
                out.append(between);
            }
            if (foldable) {
                run.add(next);
            } else {
                out.append(next.asRule());
            }
            last = row.end();
        }
        flush(run, out, folded);
        out.append(generated, last, generated.length());
        return new Folded(out.toString(), List.copyOf(folded));
    }

    /** Writes the rows as one rule (the first row's name and marker; the others' markers inside), naming the rows folded in. */
    private static void flush(List<Row> run, StringBuilder out, List<String> folded) {
        if (run.isEmpty()) {
            return;
        }
        if (run.size() == 1) {
            out.append(run.get(0).asRule());
            run.clear();
            return;
        }
        Row first = run.get(0);
        out.append(first.marker()).append('\n').append(first.rule()).append("\n\twhen\n\t\t").append(first.condition()).append("\n\tthen\n");
        for (int i = 0; i < run.size(); i++) {
            Row row = run.get(i);
            if (i > 0) {
                out.append("\t\t").append(row.marker()).append("\n\t\t// ").append(row.rule()).append('\n');
                folded.add(row.rule().substring("rule \"".length(), row.rule().length() - 1));
            }
            out.append("\t\t{\n").append(row.consequence()).append("\t\t}\n");
        }
        out.append("end\n\n");
        run.clear();
    }
}
