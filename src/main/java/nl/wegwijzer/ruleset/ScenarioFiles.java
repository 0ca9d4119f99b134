package nl.wegwijzer.ruleset;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.cucumber.gherkin.GherkinParser;
import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.Feature;
import io.cucumber.messages.types.Tag;

/**
 * A scenario file in a draft: Dutch Gherkin that the fixed step definitions read. It is data (no step
 * runs anything but the service's own steps), so it may change with its tables, but it must be a
 * readable rule feature: Dutch, tagged {@code @regels}, within its size.
 */
final class ScenarioFiles {
    static final int MAX_BYTES = 256 * 1024;
    static final String TAG = "@regels";

    private ScenarioFiles() {
    }

    static List<DraftProblem> check(String path, String text) {
        List<DraftProblem> problems = new ArrayList<>();
        if (text.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            problems.add(DraftProblem.of(path, "a scenario file may be at most " + MAX_BYTES / 1024 + " KiB"));
            return problems;
        }
        if (!text.strip().startsWith("# language: nl")) {
            problems.add(DraftProblem.of(path, "a scenario file starts with '# language: nl'"));
        }
        List<Envelope> parsed = GherkinParser.builder().includeSource(false).includePickles(false).build()
                .parse(path, text.getBytes(StandardCharsets.UTF_8)).toList();
        for (Envelope envelope : parsed) {
            envelope.getParseError().ifPresent(error -> problems.add(new DraftProblem(path, null,
                    error.getSource().getLocation().map(l -> l.getLine().intValue()).orElse(null), null, null,
                    "not readable as Gherkin: " + error.getMessage())));
        }
        boolean tagged = parsed.stream().flatMap(e -> e.getGherkinDocument().stream()).flatMap(d -> d.getFeature().stream())
                .map(Feature::getTags).anyMatch(tags -> tags.stream().map(Tag::getName).anyMatch(TAG::equals));
        if (problems.isEmpty() && !tagged) {
            problems.add(DraftProblem.of(path, "a rule feature is tagged " + TAG + " (it runs against drafts and in the coverage)"));
        }
        return problems;
    }
}
