package nl.wegwijzer.audit;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.data.jdbc.core.JdbcAggregateTemplate;

import nl.wegwijzer.rules.RuleSet;
import nl.wegwijzer.rules.RuleSetLoader;

/**
 * Keeps every rule set that decided something, by content hash, and compiles an old one again when
 * an advice made by it is replayed. Compiled versions are cached: a replay of the same version twice
 * compiles once.
 */
public class RuleSetArchive {
    private final JdbcAggregateTemplate jdbc;
    private final ObjectMapper json;
    private final RuleSetLoader loader;
    private final Clock clock;
    private final Map<String, RuleSet> compiled = new ConcurrentHashMap<>();

    public RuleSetArchive(JdbcAggregateTemplate jdbc, ObjectMapper json, RuleSetLoader loader, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.loader = loader;
        this.clock = clock;
    }

    /** Stores the rule set unless a rule set with the same content is stored already. */
    public synchronized void remember(RuleSet ruleSet) {
        compiled.putIfAbsent(ruleSet.hash(), ruleSet);
        if (jdbc.existsById(ruleSet.hash(), RuleSetVersion.class)) {
            return;
        }
        Map<String, String> files = new LinkedHashMap<>();
        ruleSet.sources().forEach((name, content) -> files.put(name, new String(content, StandardCharsets.UTF_8)));
        try {
            jdbc.insert(new RuleSetVersion(ruleSet.hash(), ruleSet.version(), clock.instant(), json.writeValueAsString(files)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The rule set with this content hash, compiled; empty when it was never stored. */
    public Optional<RuleSet> find(String hash) {
        RuleSet known = compiled.get(hash);
        if (known != null) {
            return Optional.of(known);
        }
        return Optional.ofNullable(jdbc.findById(hash, RuleSetVersion.class)).map(stored -> compiled.computeIfAbsent(hash, h -> {
            try {
                Map<String, String> files = json.readValue(stored.files(), new TypeReference<LinkedHashMap<String, String>>() { });
                Map<String, byte[]> sources = new LinkedHashMap<>();
                files.forEach((name, text) -> sources.put(name, text.getBytes(StandardCharsets.UTF_8)));
                return loader.compile(stored.version(), sources);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }));
    }
}
