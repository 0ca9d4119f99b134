package nl.wegwijzer.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes assessments (and the officer's decisions on them) and household assessments older than the retention period, daily.
 * It logs how many, never which. A period of 0 days keeps everything.
 */
public class Retention {
    private static final Logger log = LoggerFactory.getLogger(Retention.class);

    private final JdbcClient sql;
    private final Clock clock;
    private final int days;

    public Retention(JdbcClient sql, Clock clock, int days) {
        this.sql = sql;
        this.clock = clock;
        this.days = days;
    }

    @Scheduled(cron = "${wegwijzer.retention.cron:0 30 3 * * *}")
    public void scheduled() {
        apply();
    }

    /** Deletes what is past the period; returns how many assessments (single and household) went. */
    @Transactional
    public int apply() {
        if (days <= 0) {
            return 0;
        }
        Timestamp before = Timestamp.from(Instant.now(clock).minus(Duration.ofDays(days)));
        sql.sql("DELETE FROM officer_decision WHERE assessment_id IN (SELECT id FROM assessment WHERE created_at < ?)")
                .param(before).update();
        int deleted = sql.sql("DELETE FROM assessment WHERE created_at < ?").param(before).update();
        deleted += sql.sql("DELETE FROM household_assessment WHERE created_at < ?").param(before).update();
        log.info("Retention ({} days): deleted {} assessment(s) created before {}", days, deleted, before.toInstant());
        return deleted;
    }
}
