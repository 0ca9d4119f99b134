package nl.wegwijzer.ruleset;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.jdbc.core.simple.JdbcClient;

import nl.wegwijzer.rules.RuleSet;
import nl.wegwijzer.rules.RuleSetLoader;

/**
 * Keeps every rule set that decided something, by content hash, and compiles an old one again when
 * an advice made by it is replayed. Compiled versions are cached: a replay of the same version twice
 * compiles once.
 */
public class RuleSetArchive {
    private final JdbcClient sql;
    private final ObjectMapper json;
    private final RuleSetLoader loader;
    private final Clock clock;
    private final Map<String, RuleSet> compiled = new ConcurrentHashMap<>();

    public RuleSetArchive(JdbcClient sql, ObjectMapper json, RuleSetLoader loader, Clock clock) {
        this.sql = sql;
        this.json = json;
        this.loader = loader;
        this.clock = clock;
    }

    /** Stores the rule set unless a rule set with the same content is stored already. */
    public synchronized void remember(RuleSet ruleSet) {
        compiled.putIfAbsent(ruleSet.hash(), ruleSet);
        if (stored(ruleSet.hash()).isPresent()) {
            return;
        }
        Map<String, String> files = new LinkedHashMap<>();
        // Spreadsheets are binary: stored as Base64, tables and DRL as readable text.
        ruleSet.sources().forEach((name, content) -> files.put(name, binary(name)
                ? BASE64 + java.util.Base64.getEncoder().encodeToString(content) : new String(content, StandardCharsets.UTF_8)));
        try {
            sql.sql("INSERT INTO rule_set_version (hash, version, first_loaded_at, files) VALUES (?, ?, ?, ?)")
                    .param(ruleSet.hash()).param(ruleSet.version()).param(java.sql.Timestamp.from(clock.instant()))
                    .param(json.writeValueAsString(files)).update();
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
        return stored(hash).map(stored -> compiled.computeIfAbsent(hash, h -> compile(stored)));
    }

    /**
     * An archived version compiled again. Its files are kept as they were; one written for an earlier
     * release of Wegwijzer (another fact model, no queries) may no longer compile, and then it cannot
     * decide again: a refusal that says so, never a server error.
     */
    private RuleSet compile(Stored stored) {
        try {
            return loader.compile(stored.version(), sources(stored));
        } catch (nl.wegwijzer.rules.RuleSetException outdated) {
            throw new Refusal(Refusal.Kind.CONFLICT, null, "Rule set version " + stored.version() + " was written for an earlier "
                    + "release of Wegwijzer and cannot decide again in this one; its files are kept (GET /api/v1/rulesets)", "archived",
                    stored.version());
        }
    }

    /** The files of the rule set with this hash, as stored, without compiling them. */
    public Optional<Map<String, byte[]>> files(String hash) {
        RuleSet known = compiled.get(hash);
        if (known != null) {
            return Optional.of(known.sources());
        }
        return stored(hash).map(this::sources);
    }

    /** A rule set as it was archived (table {@code rule_set_version}): its label and its files as JSON, path to text. */
    private record Stored(String version, String files) {
    }

    private Optional<Stored> stored(String hash) {
        return sql.sql("SELECT version, files FROM rule_set_version WHERE hash = ?").param(hash)
                .query((row, n) -> new Stored(row.getString("version"), row.getString("files"))).optional();
    }

    private static final String BASE64 = "base64:";

    private static boolean binary(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx");
    }

    private Map<String, byte[]> sources(Stored stored) {
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
