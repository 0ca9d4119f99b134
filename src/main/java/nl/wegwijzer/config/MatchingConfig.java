package nl.wegwijzer.config;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.wegwijzer.matching.Matches;
import nl.wegwijzer.matching.Postcodes;
import nl.wegwijzer.matching.WelcomeGroups;

/** Samen Hier's welcome groups and matching: the postcode areas read once, the stores on the one database. */
@Configuration(proxyBeanMethods = false)
class MatchingConfig {
    @Bean
    Postcodes postcodes() {
        return Postcodes.shipped();
    }

    @Bean
    WelcomeGroups welcomeGroups(JdbcClient sql, Postcodes postcodes, Clock clock) {
        return new WelcomeGroups(sql, postcodes, clock);
    }

    @Bean
    Matches matches(JdbcClient sql, WelcomeGroups groups, Clock clock) {
        return new Matches(sql, groups, clock);
    }
}
