package nl.wegwijzer.rules;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;
import org.kie.internal.builder.KnowledgeBuilderError;

/**
 * The DRL of a rule set: DRL files as written, decision tables as Drools generates DRL from them. Knows
 * where each generated rule came from, so that every problem is told by file and table row (and
 * column), never by a line of generated DRL, and every rule has a place to be sorted by.
 */
final class GeneratedDrl {
    private static final Pattern RULE_NAME = Pattern.compile("^rule \"([^\"]+)\"");
    private static final Pattern ROW_MARKER = Pattern.compile("^// rule values at ([A-Z]+)(\\d+), header at ([A-Z]+)(\\d+)");
    private static final Pattern EMPTY_RULE =
            Pattern.compile("// rule values at [A-Z]+(\\d+)[^\n]*\n\\s*rule \"[^\"]*\"\\s*when\\s*then\\s*end");
    private static final Pattern DRL_POSITION = Pattern.compile("\\[?\\s*Line \\d+:\\d+\\s*\\]?\\s*");
    private static final Pattern TYPE_SUFFIX = Pattern.compile("\\s*\\[[^\\]]*]\\s*$");

    private final Map<String, byte[]> sources;
    private final Map<String, String> drl = new LinkedHashMap<>();
    private final Map<String, String> folded = new LinkedHashMap<>();
    private final Map<String, List<String>> rowsFolded = new HashMap<>();

    /** Generates DRL for every compiled file; a table Drools cannot read, or an empty row, is a problem. */
    GeneratedDrl(Map<String, byte[]> sources, List<String> problems) {
        this.sources = sources;
        for (Map.Entry<String, byte[]> source : sources.entrySet()) {
            if (!RuleFile.compiled(source.getKey())) {
                continue;
            }
            try {
                String generated = toDrl(source.getKey(), source.getValue());
                emptyRows(source.getKey(), generated, problems);
                drl.put(source.getKey(), generated);
                FoldedReferenceRows.Folded fold = source.getKey().endsWith(".drl") ? new FoldedReferenceRows.Folded(generated, List.of())
                        : FoldedReferenceRows.fold(generated);
                folded.put(source.getKey(), fold.drl());
                rowsFolded.put(source.getKey(), fold.foldedRows());
            } catch (RuntimeException unreadableTable) {
                problems.add(source.getKey() + ": " + unreadableTable.getMessage());
            }
        }
    }

    /** The DRL of every file, a rule per table row: what problems are told against. */
    Map<String, String> byFile() {
        return drl;
    }

    /** The DRL as compiled: reference rows folded into a few rules (see {@link FoldedReferenceRows}). */
    Map<String, String> foldedByFile() {
        return folded;
    }

    /** The names of the file's table rows that are not a rule of their own once folded. */
    List<String> rowsFolded(String file) {
        return rowsFolded.getOrDefault(file, List.of());
    }

    private static String toDrl(String name, byte[] content) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".drl")) {
            return new String(content, StandardCharsets.UTF_8);
        }
        InputType type = lower.endsWith(".csv") ? InputType.CSV : InputType.XLS;
        return new SpreadsheetCompiler().compile(new ByteArrayInputStream(content), type);
    }

    /** A table row without conditions or actions would make a rule that fires for everyone and does nothing. */
    private static void emptyRows(String file, String generated, List<String> problems) {
        Matcher empty = EMPTY_RULE.matcher(generated);
        while (empty.find()) {
            problems.add(file + ", row " + empty.group(1) + ": the row is empty (no condition and no action); remove it, or fill it in");
        }
    }

    /** Every rule compiled from a table row: its file and row (a row folded into another rule is none). */
    Map<String, RuleSet.TableRow> tableRows() {
        Map<String, RuleSet.TableRow> rows = new LinkedHashMap<>();
        folded.forEach((file, generated) -> {
            if (!file.endsWith(".drl")) {
                String[] lines = generated.split("\n", -1);
                for (int i = 0; i + 1 < lines.length; i++) {
                    Matcher marker = ROW_MARKER.matcher(lines[i].strip());
                    Matcher name = RULE_NAME.matcher(lines[i + 1].strip());
                    if (marker.find() && name.find()) {
                        rows.put(name.group(1), new RuleSet.TableRow(file, Integer.parseInt(marker.group(2)), name.group(1)));
                    }
                }
            }
        });
        return rows;
    }

    /** Every rule's place: files in path order, then the row (tables) or line (DRL) it starts at. */
    Map<String, Integer> positions() {
        Map<String, Integer> positions = new HashMap<>();
        List<String> files = new ArrayList<>(drl.keySet());
        files.sort(Comparator.naturalOrder());
        for (int f = 0; f < files.size(); f++) {
            String[] lines = drl.get(files.get(f)).split("\n", -1);
            boolean table = !files.get(f).endsWith(".drl");
            for (int i = 0; i < lines.length; i++) {
                Matcher name = RULE_NAME.matcher(lines[i].strip());
                if (name.find()) {
                    int place = i + 1;
                    Matcher marker = i > 0 ? ROW_MARKER.matcher(lines[i - 1].strip()) : null;
                    if (table && marker != null && marker.find()) {
                        place = Integer.parseInt(marker.group(2));
                    }
                    positions.putIfAbsent(name.group(1), f * 1_000_000 + place);
                }
            }
        }
        return positions;
    }

    /** Names the file and line, or for a table the row (and rule) the generated DRL came from. */
    String describe(KnowledgeBuilderError error) {
        String file = error.getResource() == null ? "(rule set)" : error.getResource().getSourcePath();
        int line = error.getLines().length > 0 ? error.getLines()[0] : 0;
        String message = error.getMessage().strip().replace('\n', ' ');
        if (file.endsWith(".drl") || !drl.containsKey(file)) {
            return file + ", line " + line + ": " + message;
        }
        String[] lines = drl.get(file).split("\n", -1);
        for (int i = Math.min(line, lines.length) - 1; i >= 0; i--) {
            Matcher marker = ROW_MARKER.matcher(lines[i].strip());
            if (marker.find()) {
                String rule = i + 1 < lines.length ? lines[i + 1].strip() : "";
                int row = Integer.parseInt(marker.group(2));
                String errorLine = line >= 1 && line <= lines.length ? lines[line - 1] : "";
                return file + ", row " + row + column(sources.get(file), row, errorLine) + " (" + rule + "): "
                        + DRL_POSITION.matcher(message).replaceAll("");
            }
        }
        return file + " (table header): " + DRL_POSITION.matcher(message).replaceAll("");
    }

    /**
     * The table column whose cell the failing line of generated DRL came from: the longest cell of
     * the row that appears in that line, named by its letter and its column title.
     */
    private static String column(byte[] csv, int row, String errorLine) {
        if (csv == null || errorLine.isBlank()) {
            return "";
        }
        List<List<String>> rows = CsvRows.parse(new String(csv, StandardCharsets.UTF_8));
        if (row < 1 || row > rows.size()) {
            return "";
        }
        List<String> cells = rows.get(row - 1);
        int best = -1;
        for (int c = 1; c < cells.size(); c++) {
            String value = cells.get(c).strip();
            if (!value.isEmpty() && errorLine.contains(value) && (best < 0 || value.length() > cells.get(best).strip().length())) {
                best = c;
            }
        }
        if (best < 0) {
            return "";
        }
        String title = "";
        for (int r = row - 2; r >= 0; r--) {
            List<String> candidate = rows.get(r);
            if (r > 0 && rows.get(r - 1).stream().anyMatch(x -> x.contains("$param") || x.contains("forall"))) {
                title = best < candidate.size() ? candidate.get(best) : "";
                break;
            }
        }
        title = TYPE_SUFFIX.matcher(title).replaceFirst("");
        return ", column " + CsvRows.column(best) + (title.isBlank() ? "" : " (" + title + ")");
    }
}
