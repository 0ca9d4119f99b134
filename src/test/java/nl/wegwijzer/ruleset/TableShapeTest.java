package nl.wegwijzer.ruleset;

import nl.wegwijzer.contract.Vocabulary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import nl.wegwijzer.contract.Contract;
import nl.wegwijzer.rules.CsvRows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What a draft may change in a decision table: the data rows, each cell as its column declares.
 * Every column of every deployed table is tried with values that would leave a string literal, add
 * a line of code, or change the table's machinery; each must be refused, naming file, row and column.
 */
class TableShapeTest {
    static final Path RULES = Path.of("rules");
    static final Vocabulary WORDS = vocabulary();

    /** Values that would end or escape a string literal, end a comment, or smuggle a template parameter in. */
    static final List<String> HOSTILE_TEXT = List.of(
            "\"", "a\"); System.exit(1); (\"", "\\", "eind\\", "\\u0022); System.exit(1); //", "$param", "${x}", "$1",
            "twee\nregels", "twee\rregels", "regel\u2028scheiding", "alinea\u2029scheiding", "tab\there", "nul\u0000byte",
            "bidi\u202Eomkeer", "zero\u200Bwidth", "escape\u001B[31m");

    private static Vocabulary vocabulary() {
        try {
            return new Contract().vocabulary();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Path> tables() throws IOException {
        try (Stream<Path> files = Files.walk(RULES)) {
            return files.filter(f -> f.toString().endsWith(".drl.csv")).sorted().toList();
        }
    }

    static String name(Path table) {
        return RULES.relativize(table).toString().replace('\\', '/');
    }

    @Test
    void everyDeployedTableDeclaresItsColumnsAndFitsItsOwnDeclarations() throws IOException {
        List<Path> tables = tables();
        assertThat(tables).isNotEmpty();
        for (Path table : tables) {
            String text = Files.readString(table);
            TableShape shape = TableShape.of(name(table), text);
            assertThat(shape.tables()).as(name(table)).isNotEmpty();
            TableShape.Checked checked = shape.accept(text, WORDS);
            assertThat(checked.problems()).as(name(table)).isEmpty();
            // What is compiled is stable: checking it again gives it back unchanged.
            assertThat(shape.accept(checked.text(), WORDS).text()).as(name(table)).isEqualTo(checked.text());
        }
    }

    @Test
    void everyHostileValueInEveryColumnOfEveryTableIsRefusedWithItsRowAndColumn() throws IOException {
        int tried = 0;
        for (Path table : tables()) {
            String text = Files.readString(table);
            TableShape shape = TableShape.of(name(table), text);
            List<CsvRows.Row> rows = CsvRows.rows(text);
            for (DataCell cell : firstDataRows(shape, rows)) {
                List<String> values = new ArrayList<>(HOSTILE_TEXT);
                if (cell.column().type().part() == CellType.Part.NUMBER) {
                    values.addAll(List.of("1; System.exit(1)", "1 || true", "true); System.exit(1); (true", "0x10", "1e9"));
                } else if (!List.of(CellType.NAME, CellType.TEXT, CellType.SOURCE, CellType.TEXT_LIST)
                        .contains(cell.column().type())) {
                    values.addAll(List.of("ABC\"); x(\"", "System.exit(1)", "a b", "A,B;C"));
                }
                for (String value : values) {
                    String draft = withCell(text, rows.get(cell.row() - 1), cell.column().index(), value);
                    TableShape.Checked checked = shape.accept(draft, WORDS);
                    assertThat(checked.problems()).as("%s row %d column %s value %s", name(table), cell.row(),
                            cell.column().letter(), value).isNotEmpty();
                    assertThat(checked.text()).isNull();
                    assertThat(checked.problems()).anySatisfy(p -> {
                        assertThat(p.file()).isEqualTo(name(table));
                        assertThat(p.row()).isEqualTo(cell.row());
                    });
                    tried++;
                }
            }
        }
        assertThat(tried).as("values tried").isGreaterThan(1000);
    }

    @Test
    void codeThatStaysInsideItsQuotesIsAcceptedAsText() throws IOException {
        String text = Files.readString(RULES.resolve("de-nieuwe-docent/taalniveau.drl.csv"));
        TableShape shape = TableShape.of("de-nieuwe-docent/taalniveau.drl.csv", text);
        String code = "'); System.setProperty('wegwijzer.ran', 'yes'); /*";
        String draft = text.replace("\"Taalniveau {languageLevel}, onder B1: past bij de Perspectiefgroep (taalniveau tot B1).\"",
                "\"" + code + "\"");
        TableShape.Checked checked = shape.accept(draft, WORDS);
        assertThat(checked.problems()).isEmpty();
        assertThat(checked.text()).contains(code);
    }

    @Test
    void machineryIsNotEditable() throws IOException {
        String text = Files.readString(RULES.resolve("variis-en-zorgstage/uren-zorgstage.drl.csv"));
        TableShape shape = TableShape.of("variis-en-zorgstage/uren-zorgstage.drl.csv", text);
        List<String[]> changes = List.of(
                new String[] {"Import,nl.wegwijzer.rules.facts.*", "Import,java.lang.*"},
                new String[] {"RuleSet,wegwijzer.variisenzorgstage.urenzorgstage", "RuleSet,wegwijzer.other"},
                new String[] {"hoursAvailablePerWeek >= $param", "hoursAvailablePerWeek >= $param || true"},
                new String[] {"Minstens uur per week [geheel getal]", "Minstens uur per week [tekst]"},
                new String[] {"RuleTable CareInternshipHours,,,,,,,,,,", "RuleTable CareInternshipHours,,,,,,,,,,\nFunctions,void x() {}"},
                new String[] {"NAME,CONDITION,CONDITION,CONDITION,ACTION", "NAME,CONDITION,CONDITION,ACTION,ACTION"});
        for (String[] change : changes) {
            assertThat(text).contains(change[0]);
            TableShape.Checked checked = shape.accept(text.replace(change[0], change[1]), WORDS);
            assertThat(checked.problems()).as(change[1]).isNotEmpty()
                    .allSatisfy(p -> assertThat(p.message()).contains("not editable through a draft"));
        }
        assertThat(shape.accept(text + "RuleTable Extra,,\nNAME,ACTION\n", WORDS).problems()).as("a table added").isNotEmpty();
        String row = text.lines().filter(l -> l.startsWith("Zorgstage: 16 uur per week beschikbaar,")).findFirst().orElseThrow();
        assertThat(shape.accept(text.replace(row, row + ",extra"), WORDS).problems())
                .as("a cell outside the columns").singleElement().satisfies(p -> assertThat(p.message()).contains("outside"));
    }

    @Test
    void whatIsCompiledIsTheDeployedMachineryWithTheDraftsRowsWrittenOutAgain() throws IOException {
        String text = Files.readString(RULES.resolve("variis-en-zorgstage/taalniveau-zorgstage.drl.csv"));
        TableShape shape = TableShape.of("variis-en-zorgstage/taalniveau-zorgstage.drl.csv", text);
        // The same machinery written with other quoting, and a data cell quoted for no reason.
        String requoted = text.replace("RuleSet,wegwijzer.variisenzorgstage.taalniveauzorgstage", "\"RuleSet\",\"wegwijzer.variisenzorgstage.taalniveauzorgstage\"")
                .replace("Zorgstage: taalniveau onder A2,\"A0, A1\"", "\"Zorgstage: taalniveau onder A2\",\"A0, A1\"");
        TableShape.Checked checked = shape.accept(requoted, WORDS);
        assertThat(checked.problems()).isEmpty();
        assertThat(checked.text()).contains("RuleSet,wegwijzer.variisenzorgstage.taalniveauzorgstage").contains("Zorgstage: taalniveau onder A2,\"A0, A1\"");
        assertThat(checked.text()).isEqualTo(shape.accept(text, WORDS).text());
    }

    @Test
    void aTemplateThatPastesAWordOutsideQuotesIsRefusedWhenTheTableIsRead() {
        String unsafe = String.join("\n", "RuleSet,x", "Import,nl.wegwijzer.rules.facts.*", "", "RuleTable T,,",
                "NAME,CONDITION,ACTION", ",Intake,", ",languageLevel == $param,\"insert(\"\"$param\"\");\"",
                "Naam [naam],Niveau [code],Wat [tekst]", "r1,A2,x", "");
        assertThatThrownBy(() -> TableShape.of("t.drl.csv", unsafe)).hasMessageContaining("outside a string literal");
        assertThatThrownBy(() -> TableShape.of("t.drl.csv", unsafe.replace(" [code]", "")))
                .hasMessageContaining("declares no type");
        assertThatThrownBy(() -> TableShape.of("t.drl.csv", unsafe.replace("[code]", "[iets]")))
                .hasMessageContaining("unknown column type");
    }

    @Test
    void aTableOfNulBytesIsOneShortRefusal() {
        String nul = new String(new byte[200 * 1024], StandardCharsets.UTF_8);
        TableShape.Checked checked = TableShape.of("de-nieuwe-docent/taalniveau.drl.csv", read("de-nieuwe-docent/taalniveau.drl.csv")).accept(nul, WORDS);
        assertThat(checked.problems()).hasSize(1);
        assertThat(checked.problems().get(0).message().length()).isLessThan(400);
    }

    private static String read(String file) {
        try {
            return Files.readString(RULES.resolve(file));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    record DataCell(int row, TableShape.Column column) {
    }

    /** The first data row of each table of the file, with each of its declared columns. */
    static List<DataCell> firstDataRows(TableShape shape, List<CsvRows.Row> rows) {
        List<DataCell> cells = new ArrayList<>();
        int table = 0;
        for (int r = 0; r < rows.size(); r++) {
            if (rows.get(r).cells().get(0).startsWith("RuleTable")) {
                for (TableShape.Column column : shape.tables().get(table)) {
                    cells.add(new DataCell(r + 6, column));
                }
                table++;
            }
        }
        return cells;
    }

    /** The table's text with one cell of one row replaced (quoted as a CSV writer would). */
    static String withCell(String text, CsvRows.Row row, int column, String value) {
        List<String> cells = new ArrayList<>(row.cells());
        while (cells.size() <= column) {
            cells.add("");
        }
        cells.set(column, value);
        String line = String.join(",", cells.stream().map(c -> c.contains(",") || c.contains("\"") || c.contains("\n")
                || c.contains("\r") ? "\"" + c.replace("\"", "\"\"") + "\"" : c).toList());
        return text.substring(0, row.start()) + line + "\n" + text.substring(row.end());
    }
}
