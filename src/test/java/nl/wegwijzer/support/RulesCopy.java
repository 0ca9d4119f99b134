package nl.wegwijzer.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A copy of the real rules folder, programme folders and all, for tests that break or change it. */
public final class RulesCopy {
    public static final Path RULES = Path.of("rules");

    private RulesCopy() {
    }

    public static Path into(Path target) {
        try (Stream<Path> walk = Files.walk(RULES)) {
            for (Path source : walk.toList()) {
                Path copy = target.resolve(RULES.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(source, copy);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    /** Replaces text in one file of the copy; the text must be there. */
    public static void replace(Path folder, String file, String from, String to) {
        try {
            Path path = folder.resolve(file);
            String text = Files.readString(path);
            if (!text.contains(from)) {
                throw new IllegalArgumentException(file + " does not contain: " + from);
            }
            Files.writeString(path, text.replace(from, to));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
