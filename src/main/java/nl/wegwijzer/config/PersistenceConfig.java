package nl.wegwijzer.config;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.data.jdbc.repository.config.EnableJdbcRepositories;

import nl.wegwijzer.advice.AdviceStore;
import nl.wegwijzer.audit.AssessmentRecords;
import nl.wegwijzer.audit.JdbcAdviceStore;

/** Advices go to the database named by the standard spring.datasource settings (H2 file by default). */
@Configuration
@EnableJdbcRepositories(basePackageClasses = AssessmentRecords.class)
public class PersistenceConfig {
    @Bean
    AdviceStore adviceStore(JdbcAggregateTemplate jdbc, AssessmentRecords records, ObjectMapper json) {
        return new JdbcAdviceStore(jdbc, records, json);
    }
}
