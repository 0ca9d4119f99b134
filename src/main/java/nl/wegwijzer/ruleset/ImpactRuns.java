package nl.wegwijzer.ruleset;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import nl.wegwijzer.rules.RuleSet;

/**
 * A draft's impact as a background run, like a batch: started at once, its progress readable while it
 * works, its report kept when done. Runs live in the database so any instance can answer for them; the
 * work itself is done by the instance that was asked, on the background worker, so interactive advice
 * keeps the other core. A run whose instance went away stops its heartbeat and reads as abandoned two minutes later:
 * start another.
 */
public final class ImpactRuns implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ImpactRuns.class);
    /** Progress is written at most this often, so a long run does not spend its time writing it. */
    private static final Duration PROGRESS_WRITE = Duration.ofMillis(500);
    /** A running run without a heartbeat for this long has lost its instance. */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(2);

    public enum State { RUNNING, DONE, FAILED, ABANDONED }

    public record Run(UUID id, UUID draftId, String startedBy, State state, int total, int processed, Instant startedAt,
                      Instant finishedAt, Impact.Report report) {
    }

    private final Impact impact;
    private final ExecutorService worker;
    private final JdbcClient sql;
    private final ObjectMapper json;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;
    private final Duration abandonedAfter;
    /** Runs started here and not yet ended, waiting for the worker or working: the heartbeat says they are alive. */
    private final Set<UUID> alive = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService heart;

    public ImpactRuns(Impact impact, ExecutorService worker, JdbcClient sql, ObjectMapper json, Clock clock,
                      PlatformTransactionManager transactions) {
        this(impact, worker, sql, json, clock, transactions, ABANDONED_AFTER);
    }

    /** As above, with another time without a heartbeat after which a run reads as abandoned. */
    public ImpactRuns(Impact impact, ExecutorService worker, JdbcClient sql, ObjectMapper json, Clock clock,
                      PlatformTransactionManager transactions, Duration abandonedAfter) {
        this.abandonedAfter = abandonedAfter;
        this.impact = impact;
        this.worker = worker;
        this.sql = sql;
        this.json = json;
        this.clock = clock;
        // Progress is told from inside the read-only transaction that streams the intakes: it is written
        // in a transaction of its own, committed at once, so that readers see it while the run works.
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        // A run is alive while its instance is, whatever it is doing: waiting behind another run, deciding,
        // or running the draft's scenarios (which tell no progress). Four beats within the abandonment time.
        long beat = Math.max(50, abandonedAfter.toMillis() / 4);
        this.heart = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "impact-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        heart.scheduleAtFixedRate(this::heartbeat, beat, beat, TimeUnit.MILLISECONDS);
    }

    /**
     * Stops the heartbeat and takes no more runs (Spring calls this when the context closes): a beat under
     * way and a run being worked finish undisturbed, no thread is interrupted in the middle of a write, and a
     * run cut short by the stop reads as abandoned once its heartbeat is missed.
     */
    @Override
    public void close() {
        heart.shutdown();
        worker.shutdown();
    }

    /** Marks the runs of this instance alive; a database that does not answer now is tried again at the next beat. */
    private void heartbeat() {
        List<UUID> runs = List.copyOf(alive);
        if (runs.isEmpty()) {
            return;
        }
        try {
            sql.sql("UPDATE impact_run SET updated_at = :now WHERE state = 'RUNNING' AND id IN (:runs)")
                    .param("now", Timestamp.from(clock.instant())).param("runs", runs).update();
        } catch (RuntimeException unavailable) {
            log.warn("Impact runs' heartbeat not written: {}", unavailable.getClass().getName());
        }
    }

    /** At most this many runs at once (each decides every stored assessment twice): more is refused, not queued. */
    static final int MAX_RUNNING = 3;

    /**
     * Starts a run of the compiled draft over every stored assessment; answers at once with its id. A
     * run of this draft already working is answered instead of a second one; with {@link #MAX_RUNNING}
     * runs working, a new one is refused (a caller sending many cannot keep the service busy for hours).
     * One start at a time on this instance, so that two at the same moment cannot both pass the checks;
     * instances do not lock each other out (each could start up to the bound).
     */
    public synchronized Run start(UUID draftId, RuleSet draft, int samples, String clientId) {
        Instant now = clock.instant();
        Timestamp fresh = Timestamp.from(now.minus(abandonedAfter));
        Optional<UUID> working = sql.sql("SELECT id FROM impact_run WHERE draft_id = ? AND state = 'RUNNING' AND updated_at >= ?")
                .param(draftId).param(fresh).query(UUID.class).optional();
        if (working.isPresent()) {
            return find(draftId, working.get()).orElseThrow();
        }
        int running = sql.sql("SELECT COUNT(*) FROM impact_run WHERE state = 'RUNNING' AND updated_at >= ?").param(fresh)
                .query(Integer.class).single();
        if (running >= MAX_RUNNING) {
            throw new Refusal(Refusal.Kind.CONFLICT, null, "Already " + running + " impact runs are being worked out; start this one when"
                    + " one of them is done", "impact-runs-busy", running);
        }
        UUID id = UUID.randomUUID();
        int total = impact.assessments();
        sql.sql("INSERT INTO impact_run (id, draft_id, client_id, samples, state, total, processed, started_at, updated_at) "
                        + "VALUES (?, ?, ?, ?, 'RUNNING', ?, 0, ?, ?)")
                .param(id).param(draftId).param(clientId).param(samples).param(total)
                .param(Timestamp.from(now)).param(Timestamp.from(now)).update();
        alive.add(id);
        try {
            worker.submit(() -> work(id, draftId, draft, samples));
        } catch (java.util.concurrent.RejectedExecutionException shuttingDown) {
            alive.remove(id);
            throw shuttingDown;
        }
        return new Run(id, draftId, clientId, State.RUNNING, total, 0, now, null, null);
    }

    private void work(UUID id, UUID draftId, RuleSet draft, int samples) {
        long[] lastWrite = {System.nanoTime()};
        try {
            Impact.Report report = impact.of(draftId, draft, samples, done -> {
                if (System.nanoTime() - lastWrite[0] >= PROGRESS_WRITE.toNanos()) {
                    lastWrite[0] = System.nanoTime();
                    ownTransaction.executeWithoutResult(status -> progress(id, done));
                }
            });
            Instant now = clock.instant();
            // The total is what was read in the end: assessments stored while the run worked count too.
            sql.sql("UPDATE impact_run SET state = 'DONE', total = ?, processed = ?, report = ?, updated_at = ?, finished_at = ? WHERE id = ?")
                    .param(report.assessments()).param(report.assessments()).param(json.writeValueAsString(report))
                    .param(Timestamp.from(now)).param(Timestamp.from(now)).param(id).update();
        } catch (JsonProcessingException | RuntimeException e) {
            // The class only: a message may quote an intake.
            log.warn("Impact run {} failed: {}", id, e.getClass().getName());
            Instant now = clock.instant();
            sql.sql("UPDATE impact_run SET state = 'FAILED', updated_at = ?, finished_at = ? WHERE id = ?")
                    .param(Timestamp.from(now)).param(Timestamp.from(now)).param(id).update();
        } finally {
            alive.remove(id);
        }
    }

    /** This run's progress. */
    private void progress(UUID id, int done) {
        sql.sql("UPDATE impact_run SET processed = ?, updated_at = ? WHERE id = ?").param(done).param(Timestamp.from(clock.instant()))
                .param(id).update();
    }

    /** The run of this draft with this id, as stored now. */
    public Optional<Run> find(UUID draftId, UUID id) {
        Instant stale = clock.instant().minus(abandonedAfter);
        return sql.sql("SELECT id, draft_id, client_id, state, total, processed, started_at, updated_at, finished_at, report "
                        + "FROM impact_run WHERE id = ? AND draft_id = ?")
                .param(id).param(draftId)
                .query((row, n) -> {
                    State state = State.valueOf(row.getString("state"));
                    if (state == State.RUNNING && row.getTimestamp("updated_at").toInstant().isBefore(stale)) {
                        state = State.ABANDONED;
                    }
                    Timestamp finished = row.getTimestamp("finished_at");
                    return new Run(row.getObject("id", UUID.class), row.getObject("draft_id", UUID.class), row.getString("client_id"),
                            state, row.getInt("total"), row.getInt("processed"), row.getTimestamp("started_at").toInstant(),
                            finished == null ? null : finished.toInstant(), report(row.getString("report")));
                }).optional();
    }

    private Impact.Report report(String stored) {
        if (stored == null) {
            return null;
        }
        try {
            return json.readValue(stored, Impact.Report.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored impact report cannot be read", e);
        }
    }
}
