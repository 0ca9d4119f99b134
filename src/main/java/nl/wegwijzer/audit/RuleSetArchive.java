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
        // Spreadsheets are binary: stored as Base64, tables and DRL as readable text.
        ruleSet.sources().forEach((name, content) -> files.put(name, binary(name)
                ? BASE64 + java.util.Base64.getEncoder().encodeToString(content) : new String(content, StandardCharsets.UTF_8)));
        try {
            jdbc.insert(new RuleSetVersion(ruleSet.hash(), ruleSet.version(), clock.instant(), json.writeValueAsString(files)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The rule set with this hash, compiled (once); empty when it was never stored. */
    public Optional<RuleSet> find(String hash) {
        RuleSet known = compiled.get(hash);
        if (known != null) {
            return Optional.of(known);
        }
        return Optional.ofNullable(jdbc.findById(hash, RuleSetVersion.class))
                .map(stored -> compiled.computeIfAbsent(hash, h -> loader.compile(stored.version(), sources(stored))));
    }

    /** The files of the rule set with this hash, as stored, without compiling them. */
    public Optional<Map<String, byte[]>> files(String hash) {
        RuleSet known = compiled.get(hash);
        if (known != null) {
            return Optional.of(known.sources());
        }
        return Optional.ofNullable(jdbc.findById(hash, RuleSetVersion.class)).map(this::sources);
    }

    private static final String BASE64 = "base64:";

    private static boolean binary(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx");
    }

    private Map<String, byte[]> sources(RuleSetVersion stored) {
        try {
            Map<String, String> files = json.readValue(stored.files(), new TypeReference<LinkedHashMap<String, String>>() { });
            Map<String, byte[]> sources = new LinkedHashMap<>();
            files.forEach((name, text) -> sources.put(name, binary(name) && text.startsWith(BASE64)
                    ? java.util.Base64.getDecoder().decode(text.substring(BASE64.length())) : text.getBytes(StandardCharsets.UTF_8)));
            return sources;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
