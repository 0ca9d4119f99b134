package nl.wegwijzer.ruleset;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.wegwijzer.ruleset.RuleSetArchive;
import nl.wegwijzer.rules.RuleEngine;
import nl.wegwijzer.rules.RuleSet;
import nl.wegwijzer.rules.RuleSetLoader;
import nl.wegwijzer.rules.Timeline;

/**
 * The published versions of the rule set: numbered, immutable, each effective from its moment. The
 * rules folder is the deployed baseline: when its files differ from the last version deployed from it,
 * they become a new version at start. Publishing compiles off the request path that gives advice and
 * swaps a new timeline into the engine in one write; other instances pick new versions up on refresh.
 */
public class Versions {
    private static final Logger log = LoggerFactory.getLogger(Versions.class);

    public enum Origin { FOLDER, DRAFT, ROLLBACK }

    /** A published version as listed. */
    public record Version(int number, String hash, String contentHash, Origin origin, String author, String approver,
                          String reason, Instant effectiveFrom, Instant publishedAt, UUID draftId, Integer rollbackOf) {
    }

    private final JdbcClient sql;
    private final RuleSetArchive archive;
    private final RuleSetLoader loader;
    private final Clock clock;
    private final TreeMap<Integer, Version> known = new TreeMap<>();
    private RuleEngine engine;
    private Integer announced;

    public Versions(JdbcClient sql, RuleSetArchive archive, RuleSetLoader loader, Clock clock) {
        this.sql = sql;
        this.archive = archive;
        this.loader = loader;
        this.clock = clock;
    }

    /** Compiles the rules folder, records it as a version when it changed, and makes the engine. */
    public synchronized RuleEngine start(Path folder) {
        RuleSet deployed = loader.load(folder);
        known.clear();
        read().forEach(v -> known.put(v.number(), v));
        Optional<Version> lastDeployed = known.descendingMap().values().stream()
                .filter(v -> v.origin() == Origin.FOLDER).findFirst();
        if (lastDeployed.isEmpty() || !lastDeployed.get().contentHash().equals(deployed.contentHash())) {
            Instant effective = known.isEmpty() ? nl.wegwijzer.rules.RuleFolder.effectiveFrom(folder).orElse(clock.instant()) : clock.instant();
            Version v = insert(deployed, Origin.FOLDER, "rules-folder", null,
                    "Deployed from the rules folder", effective, null, null);
            log.info("Rules folder recorded as version {} (effective {})", v.number(), v.effectiveFrom());
        } else {
            // Same files and label as that version: the same hash; the archive keeps it compiled, no second compilation.
            archive.remember(deployed.withVersion(label(lastDeployed.get().number())));
        }
        engine = new RuleEngine(timeline(), clock);
        announce();
        return engine;
    }

    /** Publishes compiled rules as the next version, effective at the given moment. */
    public synchronized Version publish(RuleSet rules, Origin origin, String author, String approver, String reason,
                                        Instant effectiveFrom, UUID draftId, Integer rollbackOf) {
        refresh();
        Version v = insert(rules, origin, author, approver, reason, effectiveFrom, draftId, rollbackOf);
        engine.use(timeline());
        log.info("Rule set version {} published ({}), effective {}", v.number(), origin, v.effectiveFrom());
        announce();
        return v;
    }

    /** Reads versions published by another instance; says when a scheduled version has taken effect. */
    public synchronized void refresh() {
        int before = known.size();
        int last = known.isEmpty() ? 0 : known.lastKey();
        sql.sql(SELECT + " WHERE number > ? ORDER BY number").param(last).query(this::version).list()
                .forEach(v -> known.put(v.number(), v));
        if (known.size() != before) {
            engine.use(timeline());
        }
        announce();
    }

    public synchronized List<Version> list() {
        return List.copyOf(known.values());
    }

    public synchronized Optional<Version> find(int number) {
        return Optional.ofNullable(known.get(number));
    }

    /** The newest version by number (possibly scheduled): drafts are made from it. */
    public synchronized Version newest() {
        return known.lastEntry().getValue();
    }

    /** The version in effect at a moment; empty before the first. */
    public Optional<Version> effectiveAt(Instant moment) {
        return engine.timeline().at(moment).map(e -> find(e.number()).orElseThrow());
    }

    public RuleSet ruleSet(Version version) {
        return archive.find(version.hash()).orElseThrow(() -> new IllegalStateException(
                "version " + version.number() + " is not in the archive"));
    }

    /** The files of the rule set with this hash, if it was ever published or deployed. */
    public Optional<Map<String, byte[]>> files(String hash) {
        return archive.files(hash);
    }

    public Map<String, byte[]> files(Version version) {
        return archive.files(version.hash()).orElseThrow(() -> new IllegalStateException(
                "version " + version.number() + " is not in the archive"));
    }

    /** Brings back an earlier version's rules as a new version (rolling back is itself a published change). */
    public Version rollback(int number, String author, String reason, Instant effectiveFrom) {
        Version earlier = find(number).orElseThrow(() -> new Refusal(Refusal.Kind.NOT_FOUND, null,
                "There is no rule set version " + number, "no-version", number));
        if (reason == null || reason.isBlank()) {
            throw new Refusal(Refusal.Kind.INVALID, "reason", "is required: say why the earlier rules come back", "rollback-reason");
        }
        Instant effective = Timing.effective(effectiveFrom == null ? clock.instant() : effectiveFrom, clock);
        return publish(ruleSet(earlier), Origin.ROLLBACK, author, null, reason.strip(), effective, null, number);
    }

    public static String label(int number) {
        return Integer.toString(number);
    }

    private Version insert(RuleSet rules, Origin origin, String author, String approver, String reason,
                           Instant effectiveFrom, UUID draftId, Integer rollbackOf) {
        int number = sql.sql("SELECT COALESCE(MAX(number), 0) + 1 FROM rule_set_publication").query(Integer.class).single();
        RuleSet labelled = rules.withVersion(label(number));
        archive.remember(labelled);
        Version v = new Version(number, labelled.hash(), labelled.contentHash(), origin, author, approver, reason,
                effectiveFrom, clock.instant(), draftId, rollbackOf);
        // The primary key refuses a number another instance took meanwhile: that publication fails, nothing is lost.
        sql.sql("INSERT INTO rule_set_publication (number, hash, content_hash, origin, author, approver, reason, effective_from, "
                        + "published_at, draft_id, rollback_of) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .param(v.number()).param(v.hash()).param(v.contentHash()).param(v.origin().name()).param(author).param(approver)
                .param(reason).param(Timestamp.from(effectiveFrom)).param(Timestamp.from(v.publishedAt())).param(draftId)
                .param(rollbackOf).update();
        known.put(number, v);
        return v;
    }

    /**
     * Current and scheduled versions compiled now; older ones only when asked for (advice as of a date).
     * The archive keeps every compiled set by hash, so a new timeline recompiles nothing.
     */
    private Timeline timeline() {
        Instant now = clock.instant();
        List<Timeline.Entry> entries = new ArrayList<>();
        for (Version v : known.values()) {
            entries.add(new Timeline.Entry(v.number(), v.effectiveFrom(), v.hash(), () -> ruleSet(v)));
        }
        Timeline timeline = Timeline.of(entries);
        // Compile what decides now and what is scheduled, so no request waits for a compilation.
        timeline.at(now).ifPresent(e -> e.ruleSet().get());
        timeline.entries().stream().filter(e -> e.effectiveFrom().isAfter(now)).forEach(e -> e.ruleSet().get());
        return timeline;
    }

    private void announce() {
        engine.timeline().at(clock.instant()).ifPresent(e -> {
            if (announced == null || announced != e.number()) {
                if (announced != null) {
                    log.info("Rule set version {} is now in effect (was {})", e.number(), announced);
                }
                announced = e.number();
            }
        });
    }

    private static final String SELECT = "SELECT number, hash, content_hash, origin, author, approver, reason, effective_from, "
            + "published_at, draft_id, rollback_of FROM rule_set_publication";

    private List<Version> read() {
        return sql.sql(SELECT + " ORDER BY number").query(this::version).list();
    }

    private Version version(java.sql.ResultSet row, int n) throws java.sql.SQLException {
        return new Version(row.getInt("number"), row.getString("hash").strip(), row.getString("content_hash").strip(),
                Origin.valueOf(row.getString("origin")), row.getString("author"), row.getString("approver"),
                row.getString("reason"), row.getTimestamp("effective_from").toInstant(),
                row.getTimestamp("published_at").toInstant(), row.getObject("draft_id", UUID.class),
                row.getObject("rollback_of", Integer.class));
    }
}
