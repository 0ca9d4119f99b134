package nl.wegwijzer.scenarios;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/** Scenario files of a rule set, written to a private temporary folder for Cucumber to read, and removed after. */
final class ScenarioFolder {
    private ScenarioFolder() {
    }

    static Path write(Map<String, byte[]> scenarios) throws IOException {
        Path folder = Files.createTempDirectory("wegwijzer-scenarios");
        for (Map.Entry<String, byte[]> file : scenarios.entrySet()) {
            Path target = folder.resolve(file.getKey()).normalize();
            if (!target.startsWith(folder)) {
                throw new IOException("a scenario path leaves its folder: " + file.getKey());
            }
            Files.createDirectories(target.getParent());
            Files.write(target, file.getValue());
        }
        return folder;
    }

    static void delete(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // A temporary folder left behind is removed with the system's temporary files.
        }
    }
}
