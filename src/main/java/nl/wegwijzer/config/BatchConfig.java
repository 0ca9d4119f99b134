package nl.wegwijzer.config;

import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import nl.wegwijzer.advice.Advisor;
import nl.wegwijzer.batch.BatchJobs;

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

    /** Batches are stored; unfinished ones are resumed at start. */
    @Bean
    BatchJobs batchJobs(Advisor advisor, ExecutorService batchWorkers, JdbcClient sql, JdbcTemplate jdbc,
                        PlatformTransactionManager transactions, ObjectMapper json, Clock clock) {
        BatchJobs jobs = new BatchJobs(advisor, batchWorkers, sql, jdbc, new TransactionTemplate(transactions), json, clock);
        jobs.resume();
        return jobs;
    }
}
