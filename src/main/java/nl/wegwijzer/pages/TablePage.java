package nl.wegwijzer.pages;

import java.util.List;

import nl.wegwijzer.contract.generated.model.RuleTableFile;
import nl.wegwijzer.contract.generated.model.RuleTableGrid;
import nl.wegwijzer.contract.generated.model.RuleTableRow;

/**
 * One table file as the rule desk shows it: a page of at most {@link #ROWS} rows of each of its
 * tables, so that a long table (all 342 municipalities) still opens in well under a second. A save
 * sends the cells of the page shown; the other rows stay as they are.
 */
public record TablePage(RuleTableFile file, List<Shown> tables, int page, int pages) {
    static final int ROWS = 100;

    /** One table of the file with the rows on this page: the first shown and how many there are. */
    public record Shown(RuleTableGrid grid, List<RuleTableRow> rows, int first, int total) {
        public int last() {
            return first + rows.size() - 1;
        }
    }

    static TablePage of(RuleTableFile file, int requested) {
        int pages = Math.max(1, file.getTables().stream().mapToInt(t -> (t.getRows().size() + ROWS - 1) / ROWS).max().orElse(1));
        int page = Math.min(Math.max(requested, 0), pages - 1);
        List<Shown> shown = file.getTables().stream().map(t -> {
            int from = Math.min(page * ROWS, t.getRows().size());
            int to = Math.min(from + ROWS, t.getRows().size());
            return new Shown(t, t.getRows().subList(from, to), from + 1, t.getRows().size());
        }).toList();
        return new TablePage(file, shown, page, pages);
    }
}
