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

    private static String read() {
        try {
            return Files.readString(Path.of("README.md"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
