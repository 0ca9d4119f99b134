package nl.wegwijzer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import nl.wegwijzer.ruleset.CellType;

import static org.assertj.core.api.Assertions.assertThat;

/** What the README says of the code stays true as the code changes. */
class ReadmeTest {
    private final String readme = read();

    @Test
    void everyColumnTypeIsExplained() {
        for (CellType type : CellType.values()) {
            assertThat(readme).as("README explains [%s]", type.token()).contains("`" + type.token() + "`");
        }
    }

    @Test
    void theFolderTableListsEveryFileOfTheRuleSetAndNoOther() throws IOException {
        java.util.Map<String, byte[]> files = nl.wegwijzer.rules.RuleFolder.read(Path.of("rules"));
        java.util.Set<String> folders = new java.util.TreeSet<>();
        files.keySet().forEach(path -> folders.add(path.substring(0, path.indexOf('/'))));
        for (String folder : folders) {
            String row = readme.lines().filter(line -> line.startsWith("| [`" + folder + "/`](rules/" + folder + ")")).findFirst()
                    .orElseThrow(() -> new AssertionError("README's folder table has no row for rules/" + folder));
            java.util.Set<String> listed = new java.util.TreeSet<>();
            java.util.regex.Matcher name = java.util.regex.Pattern.compile("`([^`/]+\\.(?:csv|drl|feature|xlsx))`").matcher(row);
            while (name.find()) {
                listed.add(folder + "/" + name.group(1));
            }
            java.util.Set<String> present = new java.util.TreeSet<>(files.keySet().stream().filter(p -> p.startsWith(folder + "/")).toList());
            assertThat(listed).as("files of rules/%s in the README", folder).isEqualTo(present);
        }
    }

    @Test
    void theWalkThroughUsesTheExampleFilesAndTheirTexts() throws IOException {
        String table = Files.readString(Path.of("docs", "voorbeeld-b1", "taalniveau.drl.csv"));
        // The explanation texts the README quotes are those the example's rows produce.
        assertThat(table).contains("Taalniveau {languageLevel}, tot en met B1: past bij de Perspectiefgroep (taalniveau tot en met B1).");
        assertThat(readme).contains("Taalniveau B1, tot en met B1: past bij de Perspectiefgroep (taalniveau tot en met B1).")
                .contains("-F files=@docs/voorbeeld-b1/taalniveau.drl.csv -F files=@docs/voorbeeld-b1/de-nieuwe-docent.feature");
        assertThat(Files.readString(Path.of("rules", "de-nieuwe-docent", "taalniveau.drl.csv")))
                .contains("Taalniveau {languageLevel}: de Perspectiefgroep is voor taalniveau tot B1.");
        assertThat(readme).contains("Taalniveau B1: de Perspectiefgroep is voor taalniveau tot B1.");
    }

    private static String read() {
        try {
            return Files.readString(Path.of("README.md"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
