package nl.wegwijzer.batch;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import nl.wegwijzer.advice.Advice;
import nl.wegwijzer.advice.Advisor;
import nl.wegwijzer.advice.Asker;
import nl.wegwijzer.advice.IntakeFacts;
import nl.wegwijzer.advice.PathwayStatus;

/**
 * Decides batches in the background, a chunk of lines at a time: a line's advice and its "done" mark
 * are written in one transaction, so nothing is lost and nothing is decided twice. The instance working
 * a job marks it (heartbeat) after every chunk; after a restart the jobs with pending lines are picked up
 * again, and a job whose mark has gone stale (its instance stopped, or the database went away and the
 * work paused) is adopted by whichever instance looks first. Two instances on one job are safe: each
 * line is claimed before it is decided.
 */
public final class BatchWorker {
    private static final Logger log = LoggerFactory.getLogger(BatchWorker.class);

    private final Advisor advisor;
    private final ExecutorService worker;
    private final JdbcClient sql;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final StoredJson json;
    private final Clock clock;
    private final Predicate<Throwable> databaseAway;
    private final Duration staleAfter;
    /** Jobs this instance is working or has queued, so that it never queues one twice. */
    private final Set<UUID> working = ConcurrentHashMap.newKeySet();

    public BatchWorker(Advisor advisor, ExecutorService worker, JdbcClient sql, JdbcTemplate jdbc, TransactionTemplate transaction,
                       ObjectMapper json, Clock clock, Predicate<Throwable> databaseAway, Duration staleAfter) {
        this.advisor = advisor;
        this.worker = worker;
        this.sql = sql;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.json = new StoredJson(json);
        this.clock = clock;
        this.databaseAway = databaseAway;
        this.staleAfter = staleAfter;
    }

    /** Picks up every job with pending lines: called once at start. */
    public void resume() {
        List<UUID> unfinished = sql.sql("SELECT DISTINCT job_id FROM batch_line WHERE state = 'PENDING'").query(UUID.class).list();
        unfinished.forEach(this::queue);
        if (!unfinished.isEmpty()) {
            log.info("Resuming {} unfinished batch job(s)", unfinished.size());
        }
    }

    /**
     * Adopts every job with pending lines whose heartbeat is older than the stale interval: taken in one
     * update, so that of several instances looking at once, one adopts it. Called every few seconds.
     */
    public void adopt() {
        Timestamp stale = Timestamp.from(clock.instant().minus(staleAfter));
        List<UUID> abandoned = sql.sql("SELECT j.id FROM batch_job j WHERE (j.heartbeat IS NULL OR j.heartbeat < ?) "
                        + "AND EXISTS (SELECT 1 FROM batch_line l WHERE l.job_id = j.id AND l.state = 'PENDING')")
                .param(stale).query(UUID.class).list();
        for (UUID id : abandoned) {
            if (working.contains(id)) {
                continue;
            }
            int taken = sql.sql("UPDATE batch_job SET heartbeat = ? WHERE id = ? AND (heartbeat IS NULL OR heartbeat < ?)")
                    .param(Timestamp.from(clock.instant())).param(id).param(stale).update();
            if (taken == 1) {
                log.info("Adopting batch {}: nobody has worked it for {} s", id, staleAfter.toSeconds());
                queue(id);
            }
        }
    }

    void queue(UUID id) {
        if (working.add(id)) {
            worker.submit(() -> {
                try {
                    run(id);
                } finally {
                    working.remove(id);
                }
            });
        }
    }

    /** Lines decided and stored in one transaction: one commit per chunk instead of one per line. */
    static final int CHUNK = 100;

    private void run(UUID id) {
        var owner = sql.sql("SELECT client_id, role FROM batch_job WHERE id = ?").param(id)
                .query((row, n) -> new String[] {row.getString(1), row.getString(2)}).single();
        List<Integer> pending = sql.sql("SELECT line FROM batch_line WHERE job_id = ? AND state = 'PENDING' ORDER BY line")
                .param(id).query(Integer.class).list();
        for (int from = 0; from < pending.size(); from += CHUNK) {
            if (Thread.currentThread().isInterrupted()) {
                log.info("Batch {} left for the next start or another instance: this one is stopping", id);
                return;
            }
            List<Integer> chunk = pending.subList(from, Math.min(pending.size(), from + CHUNK));
            try {
                transaction.executeWithoutResult(status -> {
                    decide(id, owner, chunk);
                    sql.sql("UPDATE batch_job SET heartbeat = ? WHERE id = ?").param(Timestamp.from(clock.instant())).param(id).update();
                });
            } catch (RuntimeException e) {
                if (databaseAway.test(e)) {
                    // Nothing of the chunk was kept: its lines stay pending, and the job is adopted again
                    // (by this instance or another) once its heartbeat is stale and the database answers.
                    log.warn("Batch {} paused: the database cannot be reached ({})", id, e.getClass().getName());
                    return;
                }
                // One line spoilt the chunk (and rolled it back): the chunk again line by line, so that
                // only that line fails and the others are decided.
                for (int number : chunk) {
                    if (!decideOne(id, owner, number)) {
                        log.warn("Batch {} paused: the database cannot be reached", id);
                        return;
                    }
                }
            }
        }
        log.info("Batch {} done", id);
    }

    /** Decides one line, or marks it failed; false when the database cannot be reached (the line stays pending). */
    private boolean decideOne(UUID id, String[] owner, int number) {
        try {
            transaction.executeWithoutResult(status -> decide(id, owner, List.of(number)));
            return true;
        } catch (RuntimeException e) {
            if (databaseAway.test(e)) {
                return false;
            }
            // The class only: the message may quote the intake.
            log.warn("Batch {} line {} failed: {}", id, number, e.getClass().getName());
            sql.sql("UPDATE batch_line SET state = 'FAILED', problems = ? WHERE job_id = ? AND line = ? AND state = 'PENDING'")
                    .param(json.write(List.of(new BatchJobs.Problem("", "", "could not be decided; send this line again"))))
                    .param(id).param(number).update();
            return true;
        }
    }

    /** Decides these lines in the caller's transaction: each claimed, decided, stored and marked with its advice. */
    private void decide(UUID id, String[] owner, List<Integer> lines) {
        // Claim the lines first: the rows stay locked until commit, so another instance (or a resumed
        // worker) that reaches them later finds them done and skips them.
        int[] claimed = jdbc.batchUpdate("UPDATE batch_line SET state = 'DONE' WHERE job_id = ? AND line = ? AND state = 'PENDING'",
                lines.stream().map(line -> new Object[] {id, line}).toList());
        // The chunk's intakes in one read (lines are in order).
        Map<Integer, String> intakes = new HashMap<>();
        sql.sql("SELECT line, intake FROM batch_line WHERE job_id = ? AND line BETWEEN ? AND ?")
                .param(id).param(lines.get(0)).param(lines.get(lines.size() - 1))
                .query(row -> {
                    intakes.put(row.getInt(1), row.getString(2));
                });
        List<Integer> decided = new ArrayList<>();
        List<Advisor.Request> requests = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (claimed[i] == 0) {
                continue;
            }
            int number = lines.get(i);
            decided.add(number);
            requests.add(new Advisor.Request(json.read(intakes.get(number), IntakeFacts.class),
                    new Asker(owner[0], owner[1], "batch:" + id + ":" + number)));
        }
        List<Advice> advices = advisor.adviseAll(requests);
        List<Object[]> marks = new ArrayList<>();
        for (int i = 0; i < advices.size(); i++) {
            Advice advice = advices.get(i);
            marks.add(new Object[] {advice.id(), advice.reference(), String.join(",", advice.decision().pathways().stream()
                    .filter(p -> p.status() == PathwayStatus.RECOMMENDED).map(p -> p.code()).toList()), id, decided.get(i)});
        }
        jdbc.batchUpdate("UPDATE batch_line SET assessment_id = ?, reference = ?, recommended = ? WHERE job_id = ? AND line = ?", marks);
    }
}
