package nl.wegwijzer.batch;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import nl.wegwijzer.advice.Asker;
import nl.wegwijzer.advice.IntakeFacts;

/**
 * Batches of intakes: taken in (every line stored, invalid ones failed with their reasons) and handed
 * to the {@link BatchWorker}; read back with their progress, results and failures. Jobs and lines live
 * in the database, so any instance answers for any batch.
 */
public final class BatchJobs {
    private final BatchWorker worker;
    private final JdbcClient sql;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final StoredJson json;
    private final Clock clock;

    public BatchJobs(BatchWorker worker, JdbcClient sql, JdbcTemplate jdbc, TransactionTemplate transaction, ObjectMapper json, Clock clock) {
        this.worker = worker;
        this.sql = sql;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.json = new StoredJson(json);
        this.clock = clock;
    }

    /** A line of the batch: an intake to decide, or the reasons it cannot be. */
    public record Line(int number, IntakeFacts intake, List<Problem> problems) {
        public static Line valid(int number, IntakeFacts intake) {
            return new Line(number, intake, List.of());
        }

        public static Line invalid(int number, List<Problem> problems) {
            return new Line(number, null, problems);
        }
    }

    public record Problem(String pointer, String field, String detail) {
    }

    public record Result(int line, UUID assessmentId, String reference, List<String> recommended) {
    }

    public record Failure(int line, List<Problem> problems) {
    }

    /** A job as stored now. */
    public record Job(UUID id, String clientId, int total, int pending, List<Result> results, List<Failure> failures) {
        public int processed() { return total - pending; }
        public boolean done() { return pending == 0; }
        public int succeeded() { return results.size(); }
        public int failed() { return failures.size(); }
    }

    public UUID submit(List<Line> lines, Asker asker) {
        UUID id = UUID.randomUUID();
        transaction.executeWithoutResult(status -> {
            sql.sql("INSERT INTO batch_job (id, client_id, role, created_at, total, heartbeat) VALUES (?, ?, ?, ?, ?, ?)")
                    .param(id).param(asker.clientId()).param(asker.role()).param(Timestamp.from(clock.instant()))
                    .param(lines.size()).param(Timestamp.from(clock.instant())).update();
            jdbc.batchUpdate("INSERT INTO batch_line (job_id, line, state, intake, problems) VALUES (?, ?, ?, ?, ?)", lines, 500,
                    (statement, line) -> {
                        statement.setObject(1, id);
                        statement.setInt(2, line.number());
                        statement.setString(3, line.problems().isEmpty() ? "PENDING" : "FAILED");
                        statement.setString(4, line.intake() == null ? null : json.write(line.intake()));
                        statement.setString(5, line.problems().isEmpty() ? null : json.write(line.problems()));
                    });
        });
        worker.queue(id);
        return id;
    }

    public Optional<Job> find(UUID id) {
        var header = sql.sql("SELECT client_id, total FROM batch_job WHERE id = ?").param(id)
                .query((row, n) -> new Object[] {row.getString(1), row.getInt(2)}).optional();
        if (header.isEmpty()) {
            return Optional.empty();
        }
        List<Result> results = new ArrayList<>();
        List<Failure> failures = new ArrayList<>();
        int[] pending = {0};
        sql.sql("SELECT line, state, problems, assessment_id, reference, recommended FROM batch_line WHERE job_id = ? ORDER BY line")
                .param(id).query(row -> {
                    switch (row.getString("state")) {
                        case "PENDING" -> pending[0]++;
                        case "DONE" -> results.add(new Result(row.getInt("line"), row.getObject("assessment_id", UUID.class),
                                row.getString("reference"), row.getString("recommended") == null || row.getString("recommended").isEmpty()
                                ? List.of() : Arrays.asList(row.getString("recommended").split(","))));
                        default -> failures.add(new Failure(row.getInt("line"),
                                json.read(row.getString("problems"), new TypeReference<List<Problem>>() { })));
                    }
                });
        return Optional.of(new Job(id, (String) header.get()[0], (Integer) header.get()[1], pending[0], results, failures));
    }
}
