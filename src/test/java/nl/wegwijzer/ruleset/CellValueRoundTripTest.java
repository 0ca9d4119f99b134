package nl.wegwijzer.ruleset;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.AfterContainer;

import nl.wegwijzer.advice.ConditionOutcome;
import nl.wegwijzer.advice.Decision;
import nl.wegwijzer.advice.IntakeFacts;
import nl.wegwijzer.rules.RuleEngine;
import nl.wegwijzer.rules.RuleFolder;
import nl.wegwijzer.rules.RuleSet;
import nl.wegwijzer.rules.RuleSetLoader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No value of a cell makes the server run anything the templates do not already hold: a value the
 * guard accepts is compiled, decided, and comes back out of the advice exactly as it went in, as
 * text; a value it refuses is never compiled. Values are drawn from code fragments, quotes,
 * backslashes, unicode escapes, dollars and line breaks.
 */
class CellValueRoundTripTest {
    private static final String TABLE = "de-nieuwe-docent/taalniveau.drl.csv";
    private static final String CELL = "\"Taalniveau {languageLevel}, onder B1: past bij de Perspectiefgroep (taalniveau tot B1).\"";
    private static final List<String> FRAGMENTS = List.of("\"", "\\", "\\u0022", "$", "$param", "\n", "\r", "\u2028", "'", "(", ")",
            ";", "//", "/*", "*/", "System.exit(1)", "System.setProperty('wegwijzer.ran', 'yes')", "end", "rule", "then", "when",
            " ", ",", "insert(x)", "Taalniveau", "é", "ß", "ij", "→", "€", "%", "&", "<script>", "#", "@", "+", "=", "?");

    private final Map<String, byte[]> deployed = deployed();
    private final TableShape shape = TableShape.of(TABLE, new String(deployed.get(TABLE), StandardCharsets.UTF_8));

    @Provide
    Arbitrary<String> cellValues() {
        return Arbitraries.of(FRAGMENTS).list().ofMinSize(1).ofMaxSize(8).map(parts -> String.join("", parts).strip())
                .filter(v -> !v.isEmpty());
    }

    @Property(tries = 30)
    void aCellValueIsRefusedOrComesBackAsTheSameText(@ForAll("cellValues") String value) {
        String draft = new String(deployed.get(TABLE), StandardCharsets.UTF_8)
                .replace(CELL, "\"" + value.replace("\"", "\"\"") + "\"");
        TableShape.Checked checked = shape.accept(draft, TableShapeTest.WORDS);
        Statistics.collect(checked.problems().isEmpty() ? "accepted, compiled and decided" : "refused, not compiled");
        if (!checked.problems().isEmpty()) {
            assertThat(value).containsAnyOf("\"", "\\", "$", "\n", "\r", "\u2028");
            return;
        }
        Map<String, byte[]> files = new LinkedHashMap<>(deployed);
        files.put(TABLE, checked.text().getBytes(StandardCharsets.UTF_8));
        RuleSet rules = new RuleSetLoader(Clock.systemUTC()).compile("draft", files);
        Decision decision = new RuleEngine(rules).decide(new IntakeFacts(null, "Utrecht", 35, "A2",
                new IntakeFacts.Education("MASTER", "TEACHING", null, null, null), null, null, null, null, null, null));
        ConditionOutcome language = decision.pathways().stream().filter(p -> p.code().equals("PERSPECTIEFGROEP")).findFirst()
                .orElseThrow().conditions().stream().filter(c -> c.code().equals("LANGUAGE_LEVEL")).findFirst().orElseThrow();
        assertThat(language.description().nl()).isEqualTo(value);
        assertThat(System.getProperty("wegwijzer.ran")).isNull();
    }

    @AfterContainer
    static void nothingRan() {
        assertThat(System.getProperty("wegwijzer.ran")).isNull();
    }

    private static Map<String, byte[]> deployed() {
        return RuleFolder.read(Path.of("rules"));
    }
}
