package nl.wegwijzer.batch;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.wegwijzer.advice.Advice;
import nl.wegwijzer.advice.Advisor;
import nl.wegwijzer.advice.Asker;
import nl.wegwijzer.advice.IntakeFacts;
import nl.wegwijzer.advice.PathwayStatus;

/**
 * Decides batches of intakes in the background, one line at a time, each advice stored like any other
 * (its correlation id names the batch and line). Lines that were invalid arrive as failures already;
 * a line that fails while deciding fails alone. Jobs are kept in memory, the most recent ones.
 */
public final class BatchJobs {
    private static final Logger log = LoggerFactory.getLogger(BatchJobs.class);
    private static final int KEPT = 200;

    private final Advisor advisor;
    private final ExecutorService workers;
    private final Map<UUID, Job> jobs = Collections.synchronizedMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, Job> eldest) {
            return size() > KEPT && eldest.getValue().done();
        }
    });

    public BatchJobs(Advisor advisor, ExecutorService workers) {
        this.advisor = advisor;
        this.workers = workers;
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

    /** A job's state; safe to read while it runs. */
    public static final class Job {
        private final UUID id = UUID.randomUUID();
        private final String clientId;
        private final int total;
        private final AtomicInteger processed = new AtomicInteger();
        private final List<Result> results = Collections.synchronizedList(new ArrayList<>());
        private final List<Failure> failures = Collections.synchronizedList(new ArrayList<>());

        Job(int total, String clientId) {
            this.total = total;
            this.clientId = clientId;
        }

        public UUID id() { return id; }
        /** The client that sent the batch. */
        public String clientId() { return clientId; }
        public int total() { return total; }
        public int processed() { return processed.get(); }
        public boolean done() { return processed.get() == total; }

        public List<Result> results() {
            synchronized (results) {
                return results.stream().sorted(java.util.Comparator.comparingInt(Result::line)).toList();
            }
        }

        public List<Failure> failures() {
            synchronized (failures) {
                return failures.stream().sorted(java.util.Comparator.comparingInt(Failure::line)).toList();
            }
        }

        public int succeeded() { return results.size(); }
        public int failed() { return failures.size(); }
    }

    public Job submit(List<Line> lines, Asker asker) {
        Job job = new Job(lines.size(), asker.clientId());
        jobs.put(job.id, job);
        List<Line> valid = new ArrayList<>();
        for (Line line : lines) {
            if (line.problems().isEmpty()) {
                valid.add(line);
            } else {
                job.failures.add(new Failure(line.number(), line.problems()));
                job.processed.incrementAndGet();
            }
        }
        workers.submit(() -> {
            for (Line line : valid) {
                try {
                    Advice advice = advisor.advise(line.intake(), new Asker(asker.clientId(), asker.role(),
                            "batch:" + job.id + ":" + line.number()));
                    job.results.add(new Result(line.number(), advice.id(), advice.reference(), advice.decision().pathways().stream()
                            .filter(p -> p.status() == PathwayStatus.RECOMMENDED).map(p -> p.code()).toList()));
                } catch (RuntimeException e) {
                    // The class only: the message may quote the intake.
                    log.warn("Batch {} line {} failed: {}", job.id, line.number(), e.getClass().getName());
                    job.failures.add(new Failure(line.number(), List.of(new Problem("", "", "could not be decided; try this line again"))));
                } finally {
                    job.processed.incrementAndGet();
                }
            }
            log.info("Batch {} done: {} lines, {} advised, {} failed", job.id, job.total, job.succeeded(), job.failed());
        });
        return job;
    }

    public Optional<Job> find(UUID id) {
        return Optional.ofNullable(jobs.get(id));
    }
}
