package nl.wegwijzer.ruleset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's example change (docs/voorbeeld-b1) is the rules folder with the B1 change and nothing
 * else: when the rules change elsewhere, the example is made again from them.
 */
class ExampleChangeTest {
    private static final Path EXAMPLE = Path.of("docs", "voorbeeld-b1");
    private static final Path PROGRAMME = Path.of("rules", "de-nieuwe-docent");

    @Test
    void theTableDiffersInThePerspectiefgroepRowsOnly() throws IOException {
        List<Integer> changed = changedLines("taalniveau.drl.csv");
        assertThat(changed).as("changed lines").containsExactly(10, 11);
        List<String> rows = Files.readAllLines(EXAMPLE.resolve("taalniveau.drl.csv"));
        assertThat(rows.get(9)).startsWith("Perspectiefgroep: taalniveau tot en met B1,\"A0, A1, A2, B1\",PERSPECTIEFGROEP");
        assertThat(rows.get(10)).startsWith("Perspectiefgroep: taalniveau boven B1,\"B2, C1, C2\",PERSPECTIEFGROEP");
    }

    @Test
    void theScenariosDifferWhereB1IsConcernedOnly() throws IOException {
        List<Integer> changed = changedLines("de-nieuwe-docent.feature");
        assertThat(changed).hasSize(4);
        List<String> lines = Files.readAllLines(EXAMPLE.resolve("de-nieuwe-docent.feature"));
        assertThat(changed).allSatisfy(n -> assertThat(lines.get(n - 1)).contains("B1"));
    }

    /** Line numbers (from 1) where the example differs from the rules folder; both have as many lines. */
    private static List<Integer> changedLines(String file) throws IOException {
        List<String> deployed = Files.readAllLines(PROGRAMME.resolve(file));
        List<String> example = Files.readAllLines(EXAMPLE.resolve(file));
        assertThat(example).as("%s has as many lines as the deployed file", file).hasSameSizeAs(deployed);
        List<Integer> changed = new ArrayList<>();
        for (int i = 0; i < deployed.size(); i++) {
            if (!deployed.get(i).equals(example.get(i))) {
                changed.add(i + 1);
            }
        }
        return changed;
    }
}
