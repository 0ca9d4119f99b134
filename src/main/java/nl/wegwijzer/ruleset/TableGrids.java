package nl.wegwijzer.ruleset;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;

import nl.wegwijzer.rules.CsvRows;
import nl.wegwijzer.rules.RuleSet;
import nl.wegwijzer.scenarios.Scenarios;

/**
 * A decision table of a rule set as a grid for people: per table its columns with the type each
 * declares (the cells a draft may change) and its data rows, each marked with whether a rule scenario
 * exercises it. Which rows the scenarios exercise is worked out once per rule set and kept.
 */
public final class TableGrids {
    /** One table of a file: its name, columns and data rows. */
    public record Grid(String name, List<TableShape.Column> columns, List<Row> rows) {
    }

    /** A data row by its number in the file, its cells, and whether a scenario makes it fire. */
    public record Row(int row, List<String> cells, boolean exercised) {
    }

    public record File(String path, String notes, List<Grid> tables) {
    }

    private final Scenarios scenarios;
    private final Map<String, CompletableFuture<Set<String>>> uncoveredByHash = Collections.synchronizedMap(
            new LinkedHashMap<>(4, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, CompletableFuture<Set<String>>> eldest) {
                    return size() > 4;
                }
            });
    private final Executor background;

    public TableGrids(Scenarios scenarios, Executor background) {
        this.scenarios = scenarios;
        this.background = background;
    }

    /**
     * Starts working out, in the background, which rows the rule set's scenarios exercise (about two
     * seconds of scenarios), so that the first table a policy officer opens is not kept waiting.
     */
    public void prepare(RuleSet rules) {
        coverage(rules);
    }

    /** The table at this path, or empty when the rule set has no such table. */
    public Optional<File> of(RuleSet rules, String path) {
        byte[] content = rules.sources().get(path);
        if (content == null || !path.endsWith(".drl.csv")) {
            return Optional.empty();
        }
        String text = new String(content, StandardCharsets.UTF_8);
        TableShape shape = TableShape.of(path, text);
        List<CsvRows.Row> rows = CsvRows.rows(text);
        Set<String> uncovered = uncovered(rules, path);
        List<List<TableShape.Column>> columns = shape.tables();
        List<Grid> grids = new ArrayList<>();
        String notes = null;
        int table = 0;
        for (int i = 0; i < rows.size(); i++) {
            List<String> cells = rows.get(i).cells();
            String first = cells.isEmpty() ? "" : cells.get(0).strip();
            if (first.equals("Notes") && cells.size() > 1) {
                notes = cells.get(1).strip();
            }
            if (first.startsWith("RuleTable")) {
                List<Row> data = new ArrayList<>();
                int r = i + 5;
                for (; r < rows.size() && !rows.get(r).blank() && !first(rows.get(r)).startsWith("RuleTable"); r++) {
                    List<String> values = rows.get(r).cells();
                    data.add(new Row(r + 1, values.subList(0, Math.min(values.size(), columns.get(table).size())),
                            !uncovered.contains(path + "#" + (r + 1))));
                }
                grids.add(new Grid(first.substring("RuleTable".length()).strip(), columns.get(table), data));
                table++;
                i = r - 1;
            }
        }
        return Optional.of(new File(path, notes, grids));
    }

    private static String first(CsvRows.Row row) {
        return row.cells().isEmpty() ? "" : row.cells().get(0).strip();
    }

    /** "file#row" of every decision row no scenario exercises; run once per rule set. */
    private Set<String> uncovered(RuleSet rules, String path) {
        return coverage(rules).join();
    }

    private CompletableFuture<Set<String>> coverage(RuleSet rules) {
        return uncoveredByHash.computeIfAbsent(rules.hash(), h -> CompletableFuture.supplyAsync(() -> scenarios.run(rules)
                .uncoveredRows().stream().map(row -> row.file() + "#" + row.row()).collect(Collectors.toUnmodifiableSet()), background));
    }
}
