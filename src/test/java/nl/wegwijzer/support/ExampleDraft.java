package nl.wegwijzer.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The README's example change (docs/voorbeeld-b1: the Perspectiefgroep also for B1) as a draft's files. */
public final class ExampleDraft {
    private ExampleDraft() {
    }

    public static Map<String, byte[]> files() {
        Path example = Path.of("docs", "voorbeeld-b1");
        Map<String, byte[]> files = new LinkedHashMap<>();
        try {
            for (String file : new String[] {"taalniveau.drl.csv", "de-nieuwe-docent.feature"}) {
                files.put("de-nieuwe-docent/" + file, Files.readAllBytes(example.resolve(file)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
