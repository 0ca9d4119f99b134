package nl.wegwijzer.pages;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages' words are all in the message bundle: every key a template or page class names exists
 * (a missing one would show as ??key?? to an officer), and a text with values keeps its apostrophes
 * (MessageFormat swallows a single one: "scenario's" must be written "scenario''s" there).
 */
class MessagesTest {
    private static final Path BUNDLE = Path.of("src/main/resources/messages.properties");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-z][a-zA-Z0-9.\\-]*)[(}]");
    private static final Pattern JAVA_KEY = Pattern.compile("labels(?:\\(\\))?\\.(?:text|format)\\(\"([a-z][a-zA-Z0-9.\\-]*[a-z])\"");
    private static final Pattern ARGUMENT = Pattern.compile("\\{\\d");
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    @Test
    void everyKeyThePagesNameIsInTheBundle() throws IOException {
        Properties bundle = bundle();
        List<String> missing = new ArrayList<>();
        for (Path file : files(Path.of("src/main/resources/templates"), ".html")) {
            keys(file, TEMPLATE_KEY).stream().filter(k -> !bundle.containsKey(k)).map(k -> file.getFileName() + ": " + k).forEach(missing::add);
        }
        for (Path file : files(Path.of("src/main/java/nl/wegwijzer/pages"), ".java")) {
            keys(file, JAVA_KEY).stream().filter(k -> !bundle.containsKey(k)).map(k -> file.getFileName() + ": " + k).forEach(missing::add);
        }
        assertThat(missing).isEmpty();
        assertThat(bundle).hasSizeGreaterThan(200);
    }

    @Test
    void textsWithValuesKeepTheirApostrophes() throws IOException {
        List<String> swallowed = new ArrayList<>();
        bundle().forEach((key, text) -> {
            if (ARGUMENT.matcher(text.toString()).find() && LONE_APOSTROPHE.matcher(text.toString()).find()) {
                swallowed.add(key + "=" + text);
            }
        });
        assertThat(swallowed).isEmpty();
    }

    private static Properties bundle() throws IOException {
        Properties bundle = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLE, StandardCharsets.UTF_8)) {
            bundle.load(reader);
        }
        return bundle;
    }

    private static List<String> keys(Path file, Pattern pattern) throws IOException {
        List<String> keys = new ArrayList<>();
        Matcher m = pattern.matcher(Files.readString(file));
        while (m.find()) {
            keys.add(m.group(1));
        }
        return keys;
    }

    private static List<Path> files(Path folder, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).toList();
        }
    }
}
