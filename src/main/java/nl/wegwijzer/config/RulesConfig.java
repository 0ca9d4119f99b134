package nl.wegwijzer.config;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.wegwijzer.advice.AdviceStore;
import nl.wegwijzer.advice.Advisor;
import nl.wegwijzer.rules.RuleEngine;
import nl.wegwijzer.rules.RuleSet;
import nl.wegwijzer.rules.RuleSetLoader;

/** Wires the flow: rules folder, compiled once at start, into the engine the advisor asks. */
@Configuration
@EnableConfigurationProperties(WegwijzerProperties.class)
public class RulesConfig {
    private static final Logger log = LoggerFactory.getLogger(RulesConfig.class);

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    RuleSetLoader ruleSetLoader(Clock clock) {
        return new RuleSetLoader(clock);
    }

    @Bean
    RuleEngine ruleEngine(WegwijzerProperties properties, RuleSetLoader loader) {
        // A rule set that does not compile stops the start: RuleSetException names file and line.
        RuleSet ruleSet = loader.load(properties.rulesDir());
        log.info("Rule set {} ({} rules in {} files, sha256 {}) loaded from {}", ruleSet.version(), ruleSet.ruleCount(),
                ruleSet.files().size(), ruleSet.hash().substring(0, 12), properties.rulesDir());
        return new RuleEngine(ruleSet);
    }


    /** One background worker for batches, so interactive advice keeps the other core. */
    @Bean(destroyMethod = "shutdownNow")
    java.util.concurrent.ExecutorService batchWorkers() {
        return java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "batch-worker");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Batches are stored; unfinished ones are resumed at start. */
    @Bean
    nl.wegwijzer.batch.BatchJobs batchJobs(Advisor advisor, java.util.concurrent.ExecutorService batchWorkers,
                                           org.springframework.jdbc.core.simple.JdbcClient sql,
                                           org.springframework.jdbc.core.JdbcTemplate jdbc,
                                           org.springframework.transaction.PlatformTransactionManager transactions,
                                           com.fasterxml.jackson.databind.ObjectMapper json, Clock clock) {
        nl.wegwijzer.batch.BatchJobs jobs = new nl.wegwijzer.batch.BatchJobs(advisor, batchWorkers, sql, jdbc,
                new org.springframework.transaction.support.TransactionTemplate(transactions), json, clock);
        jobs.resume();
        return jobs;
    }

    @Bean
    Advisor advisor(RuleEngine engine, AdviceStore store, Clock clock) {
        return new Advisor(engine, store, clock);
    }
}
