package nl.wegwijzer.audit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ExportTest {
    @Test
    void csvCellsAreQuotedAndNeverRunAsFormulas() {
        assertThat(Export.cell(null)).isEmpty();
        assertThat(Export.cell("INT-1")).isEqualTo("INT-1");
        assertThat(Export.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(Export.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(Export.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(Export.cell("-1")).isEqualTo("\"'-1\"");
    }
}
