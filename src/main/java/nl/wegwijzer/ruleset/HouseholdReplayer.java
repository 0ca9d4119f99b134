package nl.wegwijzer.ruleset;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;

import nl.wegwijzer.advice.HouseholdDecision;
import nl.wegwijzer.audit.HouseholdAssessments;
import nl.wegwijzer.rules.RuleEngine;
import nl.wegwijzer.rules.RuleSet;

/**
 * Decides a stored household again, under the rule set that advised it (which must give the same
 * decision) and under the current one, and says where they differ, as {@link Replayer} does for one person.
 */
public class HouseholdReplayer {
    private final HouseholdAssessments households;
    private final RuleSetArchive archive;
    private final RuleEngine engine;
    private final ObjectMapper json;

    public HouseholdReplayer(HouseholdAssessments households, RuleSetArchive archive, RuleEngine engine, ObjectMapper json) {
        this.households = households;
        this.archive = archive;
        this.engine = engine;
        this.json = json;
    }

    public Optional<Replayer.Replay> replay(UUID id) {
        return households.stored(id).map(stored -> {
            RuleSet then = archive.find(stored.ruleSetHash()).orElseThrow(() -> new IllegalStateException(
                    "rule set " + stored.ruleSetVersion() + " (" + stored.ruleSetHash() + ") is not archived"));
            RuleSet now = engine.current();
            HouseholdDecision kept = stored.advice().decision();
            return new Replayer.Replay(id, compare(kept, engine.decide(stored.facts(), then), then),
                    compare(kept, engine.decide(stored.facts(), now), now));
        });
    }

    private Replayer.Outcome compare(HouseholdDecision stored, HouseholdDecision replayed, RuleSet ruleSet) {
        List<Replayer.Difference> differences = new ArrayList<>();
        Replayer.diff("", json.valueToTree(stored), json.valueToTree(replayed), differences);
        return new Replayer.Outcome(ruleSet.version(), ruleSet.hash(), differences.isEmpty(), differences);
    }
}
