package nl.wegwijzer.config;

import java.time.Clock;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.wegwijzer.audit.Export;
import nl.wegwijzer.contract.Contract;
import nl.wegwijzer.contract.Vocabulary;
import nl.wegwijzer.rules.RuleEngine;
import nl.wegwijzer.rules.RuleSetLoader;
import nl.wegwijzer.ruleset.DraftCompiler;
import nl.wegwijzer.ruleset.DraftStore;
import nl.wegwijzer.ruleset.Drafts;
import nl.wegwijzer.ruleset.Impact;
import nl.wegwijzer.ruleset.ImpactRuns;
import nl.wegwijzer.ruleset.TableGrids;
import nl.wegwijzer.ruleset.Versions;
import nl.wegwijzer.ruleset.WaitedImpact;
import nl.wegwijzer.scenarios.InProcessExchange;
import nl.wegwijzer.scenarios.Scenarios;

/** The rule lifecycle: drafts, their scenarios run in process, their impact, approval and publication. */
@Configuration
public class LifecycleConfig {
    @Bean
    Scenarios scenarios(RuleEngine engine, Contract contract, Vocabulary vocabulary, ObjectMapper json, Clock clock) {
        return new Scenarios(InProcessExchange.factory(engine, contract, vocabulary, json, clock), vocabulary);
    }

    /** Tables as grids for the rule desk, with the rows no scenario exercises. */
    @Bean
    TableGrids tableGrids(Scenarios scenarios, RuleEngine engine) {
        Executor background = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "table-coverage");
            thread.setDaemon(true);
            return thread;
        });
        TableGrids grids = new TableGrids(scenarios, background);
        grids.prepare(engine.current());
        return grids;
    }

    @Bean
    Impact impact(Export audit, RuleEngine engine, Scenarios scenarios, ObjectMapper json) {
        return new Impact(audit, engine, scenarios, json);
    }

    /** The impact a caller waits for: up to so many stored assessments (10,000 take a few seconds here), one at a time. */
    @Bean
    WaitedImpact waitedImpact(Impact impact, @Value("${wegwijzer.impact.wait-limit:10000}") int limit) {
        return new WaitedImpact(impact, limit);
    }

    /**
     * Impact runs in the background on a thread of their own, so that a run never waits behind a batch
     * (and reads as abandoned meanwhile); one thread, so that runs do not take every core from advice.
     */
    @Bean
    ImpactRuns impactRuns(Impact impact, JdbcClient sql, ObjectMapper json, Clock clock, PlatformTransactionManager transactions) {
        ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "impact-worker");
            thread.setDaemon(true);
            return thread;
        });
        return new ImpactRuns(impact, worker, sql, json, clock, transactions);
    }

    @Bean
    Drafts drafts(JdbcClient sql, ObjectMapper json, Versions versions, RuleSetLoader loader, Scenarios scenarios,
                  Vocabulary vocabulary, Clock clock) {
        return new Drafts(new DraftStore(sql, json), new DraftCompiler(versions, loader, vocabulary), versions, scenarios,
                vocabulary, clock);
    }
}
