package nl.wegwijzer.config;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import nl.wegwijzer.advice.Advisor;
import nl.wegwijzer.batch.BatchJobs;
import nl.wegwijzer.batch.BatchWorker;
import nl.wegwijzer.web.DatabaseOutage;

/** Batches of intakes: stored, worked off in the background, resumed at start. */
@Configuration
public class BatchConfig {
    /** One background worker for batches, so interactive advice keeps the other core. */
    @Bean(destroyMethod = "shutdownNow")
    ExecutorService batchWorkers() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "batch-worker");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The background work: unfinished batches are resumed at start, and stale ones adopted while running. */
    @Bean
    BatchWorker batchWorker(Advisor advisor, ExecutorService batchWorkers, JdbcClient sql, JdbcTemplate jdbc,
                            PlatformTransactionManager transactions, ObjectMapper json, Clock clock,
                            @Value("${wegwijzer.batch.stale-after:30s}") Duration staleAfter) {
        BatchWorker worker = new BatchWorker(advisor, batchWorkers, sql, jdbc, new TransactionTemplate(transactions), json, clock,
                DatabaseOutage::causedBy, staleAfter);
        worker.resume();
        return worker;
    }

    /** Batches are stored line by line and read back from any instance. */
    @Bean
    BatchJobs batchJobs(BatchWorker worker, JdbcClient sql, JdbcTemplate jdbc, PlatformTransactionManager transactions, ObjectMapper json,
                        Clock clock) {
        return new BatchJobs(worker, sql, jdbc, new TransactionTemplate(transactions), json, clock);
    }

    @Bean
    BatchAdoption batchAdoption(BatchWorker worker) {
        return new BatchAdoption(worker);
    }

    /** Looks every few seconds for batches nobody works (their instance stopped, or the database was away). */
    static final class BatchAdoption {
        private final BatchWorker worker;

        BatchAdoption(BatchWorker worker) {
            this.worker = worker;
        }

        @Scheduled(fixedDelayString = "${wegwijzer.batch.adopt-ms:5000}", initialDelayString = "${wegwijzer.batch.adopt-ms:5000}")
        void adopt() {
            try {
                worker.adopt();
            } catch (RuntimeException e) {
                if (!DatabaseOutage.causedBy(e)) {
                    throw e;
                }
                // The database is away: the next look, a few seconds on, tries again.
            }
        }
    }
}
