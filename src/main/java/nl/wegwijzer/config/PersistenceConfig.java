package nl.wegwijzer.config;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.data.jdbc.repository.config.EnableJdbcRepositories;

import nl.wegwijzer.advice.AdviceStore;
import nl.wegwijzer.audit.AssessmentRecords;
import nl.wegwijzer.audit.AuditTrail;
import nl.wegwijzer.audit.Export;
import nl.wegwijzer.audit.JdbcAdviceStore;
import nl.wegwijzer.audit.OfficerDecisions;
import nl.wegwijzer.ruleset.Replayer;
import nl.wegwijzer.audit.Retention;
import nl.wegwijzer.ruleset.RuleSetArchive;
import nl.wegwijzer.rules.RuleEngine;
import nl.wegwijzer.rules.RuleSetLoader;

/** Advices go to the database named by the standard spring.datasource settings (H2 file by default). */
@Configuration
@EnableJdbcRepositories(basePackageClasses = AssessmentRecords.class)
@org.springframework.scheduling.annotation.EnableScheduling
public class PersistenceConfig {
    @Bean
    Retention retention(org.springframework.jdbc.core.simple.JdbcClient sql, java.time.Clock clock,
                        @org.springframework.beans.factory.annotation.Value("${wegwijzer.retention.days:0}") int days) {
        return new Retention(sql, clock, days);
    }

    @Bean
    AdviceStore adviceStore(org.springframework.jdbc.core.JdbcTemplate jdbc, AssessmentRecords records, ObjectMapper json) {
        return new JdbcAdviceStore(jdbc, records, json);
    }

    /** Every published rule set is archived, so each advice can be replayed under the version that made it. */
    @Bean
    RuleSetArchive ruleSetArchive(org.springframework.jdbc.core.simple.JdbcClient sql, ObjectMapper json, RuleSetLoader loader,
                                  java.time.Clock clock) {
        return new RuleSetArchive(sql, json, loader, clock);
    }

    @Bean
    AuditTrail auditTrail(org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate jdbc, ObjectMapper json) {
        return new AuditTrail(jdbc, json);
    }

    @Bean
    Export export(org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate jdbc,
                  org.springframework.transaction.PlatformTransactionManager transactions, ObjectMapper json) {
        org.springframework.transaction.support.TransactionTemplate readOnly =
                new org.springframework.transaction.support.TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        jdbc.getJdbcTemplate().setFetchSize(500);
        return new Export(jdbc, readOnly, json);
    }

    @Bean
    nl.wegwijzer.audit.Statistics statistics(org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate jdbc,
                                             ObjectMapper json) {
        return new nl.wegwijzer.audit.Statistics(jdbc, json);
    }

    @Bean
    OfficerDecisions officerDecisions(JdbcAggregateTemplate jdbc, org.springframework.jdbc.core.simple.JdbcClient sql,
                                      AdviceStore advices, java.time.Clock clock) {
        return new OfficerDecisions(jdbc, sql, advices, clock);
    }

    @Bean
    nl.wegwijzer.audit.HouseholdAssessments householdAssessments(
            org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate jdbc, ObjectMapper json) {
        return new nl.wegwijzer.audit.HouseholdAssessments(jdbc, json);
    }

    @Bean
    nl.wegwijzer.ruleset.HouseholdReplayer householdReplayer(nl.wegwijzer.audit.HouseholdAssessments households,
                                                            RuleSetArchive archive, RuleEngine engine, ObjectMapper json) {
        return new nl.wegwijzer.ruleset.HouseholdReplayer(households, archive, engine, json);
    }

    @Bean
    Replayer replayer(AssessmentRecords records, RuleSetArchive archive, RuleEngine engine, ObjectMapper json) {
        return new Replayer(records, archive, engine, json);
    }
}
