package nl.wegwijzer.ruleset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.wegwijzer.advice.Decision;
import nl.wegwijzer.audit.Export;
import nl.wegwijzer.advice.PathwayOutcome;
import nl.wegwijzer.rules.RuleEngine;
import nl.wegwijzer.rules.RuleSet;
import nl.wegwijzer.scenarios.Scenarios;

/**
 * What a draft would change before it goes live: every stored assessment's intake decided under the
 * version in effect now and under the draft, compared; and the rule scenarios run against the draft.
 * Reads the intakes one at a time from the audit store, keeps only counts and a few samples.
 */
public class Impact {
    private final Export audit;
    private final RuleEngine engine;
    private final Scenarios scenarios;
    private final ObjectMapper json;

    public Impact(Export audit, RuleEngine engine, Scenarios scenarios, ObjectMapper json) {
        this.audit = audit;
        this.engine = engine;
        this.scenarios = scenarios;
        this.json = json;
    }

    public record Transition(String pathway, String from, String to, int count) {
    }

    /** A changed advice, as its differences only (no id, no intake; free text typed at intake masked). */
    public record Sample(List<Replayer.Difference> differences) {
    }

    static final int MAX_DIFFERENCES = 100;

    public record Report(UUID draftId, String comparedWith, int assessments, int changed, List<Transition> transitions,
                         List<Sample> samples, Scenarios.Result scenarios) {
    }

    /** How many stored assessments an impact reads now. */
    public int assessments() {
        return audit.countIntakes();
    }

    public Report of(UUID draftId, RuleSet draft, int sampleCount) {
        return of(draftId, draft, sampleCount, done -> { });
    }

    /** How often progress is told: every so many assessments. */
    static final int PROGRESS_EVERY = 500;

    /** As {@link #of(UUID, RuleSet, int)}, telling {@code progress} how many assessments are done as it goes. */
    public Report of(UUID draftId, RuleSet draft, int sampleCount, java.util.function.IntConsumer progress) {
        RuleSet published = engine.current();
        int[] counts = new int[2];
        Map<String, Integer> transitions = new TreeMap<>();
        List<Sample> samples = new ArrayList<>();
        List<Sample> wordingOnly = new ArrayList<>();
        audit.forEachIntake(intake -> {
            // Free text typed at intake is left out of the texts: policy staff see what the rules say, not the case.
            Decision before = engine.decide(intake, published, true);
            Decision after = engine.decide(intake, draft, true);
            if (++counts[0] % PROGRESS_EVERY == 0) {
                progress.accept(counts[0]);
            }
            if (!comparable(before).equals(comparable(after))) {
                counts[1]++;
                Map<String, String> statusBefore = new HashMap<>();
                before.pathways().forEach(p -> statusBefore.put(p.code(), p.status().name()));
                boolean statusChanged = false;
                for (PathwayOutcome p : after.pathways()) {
                    String from = statusBefore.getOrDefault(p.code(), "NONE");
                    if (!from.equals(p.status().name())) {
                        statusChanged = true;
                        transitions.merge(p.code() + "\u0000" + from + "\u0000" + p.status().name(), 1, Integer::sum);
                    }
                }
                // Samples where a status changes come first: they say more than a sentence worded anew.
                List<Sample> kept = statusChanged ? samples : wordingOnly;
                if (kept.size() < sampleCount) {
                    List<Replayer.Difference> differences = new ArrayList<>();
                    Replayer.diff("", tree(before), tree(after), differences);
                    kept.add(new Sample(differences.stream().limit(MAX_DIFFERENCES).toList()));
                }
            }
        });
        List<Transition> table = new ArrayList<>();
        transitions.forEach((key, count) -> {
            String[] parts = key.split("\u0000");
            table.add(new Transition(parts[0], parts[1], parts[2], count));
        });
        progress.accept(counts[0]);
        samples.addAll(wordingOnly.subList(0, Math.min(wordingOnly.size(), sampleCount - samples.size())));
        return new Report(draftId, published.version(), counts[0], counts[1], table, samples, scenarios.run(draft));
    }

    /**
     * The decision without what always differs between two versions (their names and the rules that
     * fired), compared as values: the records compare field by field, no JSON is written for the many
     * advices that do not change.
     */
    private static Decision comparable(Decision decision) {
        return new Decision(null, null, decision.municipality(), decision.pathways(), decision.obligations(),
                decision.familyDomains(), List.of());
    }

    /** The decision as JSON for showing its differences, without the same parts as {@link #comparable}. */
    private JsonNode tree(Decision decision) {
        ObjectNode tree = json.valueToTree(decision);
        tree.remove(List.of("ruleSetVersion", "ruleSetHash", "firedRules"));
        return tree;
    }
}
