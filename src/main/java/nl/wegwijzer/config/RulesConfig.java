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
import nl.wegwijzer.ruleset.RuleSetArchive;
import nl.wegwijzer.contract.Contract;
import nl.wegwijzer.contract.Vocabulary;
import nl.wegwijzer.ruleset.Versions;
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

        private boolean databaseAway;

        @Scheduled(fixedDelayString = "${wegwijzer.rules.refresh-ms:5000}", initialDelayString = "${wegwijzer.rules.refresh-ms:5000}")
        void refresh() {
            try {
                versions.refresh();
                if (databaseAway) {
                    databaseAway = false;
                    log.info("Versions are read again: the database is back");
                }
            } catch (RuntimeException e) {
                if (!nl.wegwijzer.web.DatabaseOutage.causedBy(e)) {
                    throw e;
                }
                // The versions already known (scheduled ones included) stay in effect; said once, not every few seconds.
                if (!databaseAway) {
                    databaseAway = true;
                    log.warn("Versions cannot be read: the database cannot be reached ({}); the rules known stay in use", e.getClass().getName());
                }
            }
        }
    }

    /** The words of the contract: what table cells may name, and the names of the facts for people. */
    @Bean
    Vocabulary vocabulary(Contract contract) {
        return contract.vocabulary();
    }

    @Bean
    Advisor advisor(RuleEngine engine, AdviceStore store, Vocabulary vocabulary, Clock clock) {
        return new Advisor(engine, store, vocabulary.names(), clock);
    }

    @Bean
    nl.wegwijzer.advice.HouseholdAdvisor householdAdvisor(RuleEngine engine, nl.wegwijzer.audit.HouseholdAssessments store,
                                                         Vocabulary vocabulary, Clock clock) {
        return new nl.wegwijzer.advice.HouseholdAdvisor(engine::decide, store, vocabulary.names(), clock);
    }
}
