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
import nl.wegwijzer.audit.RuleSetArchive;
import nl.wegwijzer.ruleset.Drafts;
import nl.wegwijzer.ruleset.Versions;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;

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

    /** Published versions; the rules folder is the deployed baseline and becomes a version when it changed. */
    @Bean
    Versions versions(JdbcClient sql, RuleSetArchive archive, RuleSetLoader loader, Clock clock) {
        return new Versions(sql, archive, loader, clock);
    }

    @Bean
    RuleEngine ruleEngine(WegwijzerProperties properties, Versions versions) {
        // A rule set that does not compile stops the start: RuleSetException names file, row and column.
        RuleEngine engine = versions.start(properties.rulesDir());
        RuleSet ruleSet = engine.current();
        log.info("Rule set version {} ({} rules in {} files, sha256 {}) in effect; rules folder {}", ruleSet.version(),
                ruleSet.ruleCount(), ruleSet.files().size(), ruleSet.hash().substring(0, 12), properties.rulesDir());
        return engine;
    }

    /** Versions published by another instance, and scheduled versions taking effect, are noticed within seconds. */
    @Bean
    VersionRefresh versionRefresh(Versions versions) {
        return new VersionRefresh(versions);
    }

    static final class VersionRefresh {
        private final Versions versions;

        VersionRefresh(Versions versions) {
            this.versions = versions;
        }

        @Scheduled(fixedDelayString = "${wegwijzer.rules.refresh-ms:5000}", initialDelayString = "${wegwijzer.rules.refresh-ms:5000}")
        void refresh() {
            versions.refresh();
        }
    }

    /** The rule scenarios, run in process against drafts. */
    @Bean
    nl.wegwijzer.scenarios.Scenarios scenarios(WegwijzerProperties properties, RuleEngine engine, nl.wegwijzer.api.Contract contract,
                                               ObjectMapper json, Clock clock) {
        return new nl.wegwijzer.scenarios.Scenarios(properties.featuresDir(),
                nl.wegwijzer.api.InProcessExchange.factory(engine, contract, json, clock));
    }

    @Bean
    nl.wegwijzer.ruleset.Impact impact(org.springframework.jdbc.core.JdbcTemplate jdbc,
                                       org.springframework.transaction.PlatformTransactionManager transactions, RuleEngine engine,
                                       nl.wegwijzer.scenarios.Scenarios scenarios, ObjectMapper json) {
        org.springframework.transaction.support.TransactionTemplate readOnly =
                new org.springframework.transaction.support.TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        return new nl.wegwijzer.ruleset.Impact(jdbc, readOnly, engine, scenarios, json);
    }

    @Bean
    Drafts drafts(JdbcClient sql, Versions versions, RuleSetLoader loader, nl.wegwijzer.scenarios.Scenarios scenarios,
                  ObjectMapper json, Clock clock, nl.wegwijzer.api.Contract contract) {
        return new Drafts(sql, versions, loader, scenarios, json, clock, contract.vocabulary());
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
