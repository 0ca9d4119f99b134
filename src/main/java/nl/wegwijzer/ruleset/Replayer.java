package nl.wegwijzer.ruleset;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.transaction.annotation.Transactional;

import nl.wegwijzer.advice.Advice;
import nl.wegwijzer.advice.Decision;
import nl.wegwijzer.advice.IntakeFacts;
import nl.wegwijzer.audit.AssessmentRecords;
import nl.wegwijzer.rules.RuleEngine;
import nl.wegwijzer.rules.RuleSet;

/**
 * Decides a stored intake again: under the rule set that made the advice (which must give the same
 * decision) and under the current one (what would change today), and says exactly what differs.
 */
public class Replayer {
    private final AssessmentRecords records;
    private final RuleSetArchive archive;
    private final RuleEngine engine;
    private final ObjectMapper json;

    public Replayer(AssessmentRecords records, RuleSetArchive archive, RuleEngine engine, ObjectMapper json) {
        this.records = records;
        this.archive = archive;
        this.engine = engine;
        this.json = json;
    }

    @Transactional(readOnly = true)
    public Optional<Replay> replay(UUID id) {
        return records.findById(id).map(stored -> {
            Advice advice = read(stored.advice(), Advice.class);
            IntakeFacts intake = read(stored.intake(), IntakeFacts.class);
            RuleSet then = archive.find(stored.ruleSetHash()).orElseThrow(() -> new IllegalStateException(
                    "rule set " + stored.ruleSetVersion() + " (" + stored.ruleSetHash() + ") is not archived"));
            RuleSet now = engine.current();
            return new Replay(id,
                    compare(advice.decision(), engine.decide(intake, then), then),
                    compare(advice.decision(), engine.decide(intake, now), now));
        });
    }

    private Outcome compare(Decision stored, Decision replayed, RuleSet ruleSet) {
        List<Difference> differences = new ArrayList<>();
        diff("", json.valueToTree(stored), json.valueToTree(replayed), differences);
        return new Outcome(ruleSet.version(), ruleSet.hash(), differences.isEmpty(), differences);
    }

    /** Walks both trees; arrays of objects with a unique "code" are matched by code, not position. */
    /** Where two decisions differ; pathways and other coded lists are matched by code. */
    public static void diff(String path, JsonNode stored, JsonNode replayed, List<Difference> out) {
        if (stored.equals(replayed)) {
            return;
        }
        if (stored.isObject() && replayed.isObject()) {
            Set<String> names = new LinkedHashSet<>();
            stored.fieldNames().forEachRemaining(names::add);
            replayed.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                diff(path + "/" + name, stored.path(name), replayed.path(name), out);
            }
        } else if (stored.isArray() && replayed.isArray() && keyedByCode(stored) && keyedByCode(replayed)) {
            Set<String> codes = new LinkedHashSet<>();
            stored.forEach(e -> codes.add(e.path("code").asText()));
            replayed.forEach(e -> codes.add(e.path("code").asText()));
            for (String code : codes) {
                diff(path + "[" + code + "]", byCode(stored, code), byCode(replayed, code), out);
            }
        } else {
            out.add(new Difference(path, text(stored), text(replayed)));
        }
    }

    private static boolean keyedByCode(JsonNode array) {
        Set<String> codes = new HashSet<>();
        for (Iterator<JsonNode> it = array.elements(); it.hasNext(); ) {
            JsonNode element = it.next();
            if (!element.isObject() || !element.has("code") || !codes.add(element.path("code").asText())) {
                return false;
            }
        }
        return true;
    }

    private static JsonNode byCode(JsonNode array, String code) {
        for (JsonNode element : array) {
            if (element.path("code").asText().equals(code)) {
                return element;
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    private static String text(JsonNode node) {
        return node.isMissingNode() ? null : node.isValueNode() ? node.asText() : node.toString();
    }

    private <T> T read(String value, Class<T> type) {
        try {
            return json.readValue(value, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored " + type.getSimpleName() + " cannot be read", e);
        }
    }

    /** A replay under the version that decided and under the current one. */
    public record Replay(UUID assessmentId, Outcome original, Outcome current) {
    }

    /** One re-decision: whether it equals the stored decision, and if not, where it differs. */
    public record Outcome(String ruleSetVersion, String ruleSetHash, boolean identical, List<Difference> differences) {
    }

    /** A JSON pointer-like path into the decision (pathways matched by code), with both values. */
    public record Difference(String path, String stored, String replayed) {
    }
}
