package nl.wegwijzer.audit;

import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import nl.wegwijzer.advice.Advice;
import nl.wegwijzer.advice.AdviceStore;
import nl.wegwijzer.advice.Asker;
import nl.wegwijzer.advice.IntakeFacts;

/** Keeps every advice in the database, with the facts it was decided from. Append-only. */
public class JdbcAdviceStore implements AdviceStore {
    /**
     * One plain INSERT: through Spring Data JDBC's aggregate machinery (callbacks, mapping, one statement
     * each) storing cost more than deciding. Reading goes through the repository as before.
     */
    private static final String INSERT = "INSERT INTO assessment (id, reference, created_at, rule_set_version, rule_set_hash, intake, "
            + "advice, correlation_id, client_id, role, recommended) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;
    private final AssessmentRecords records;
    private final ObjectMapper json;

    public JdbcAdviceStore(JdbcTemplate jdbc, AssessmentRecords records, ObjectMapper json) {
        this.jdbc = jdbc;
        this.records = records;
        this.json = json;
    }

    @Override
    @Transactional
    public void save(Advice advice, IntakeFacts intake, Asker asker) {
        jdbc.update(INSERT, row(advice, intake, asker));
    }

    /** One JDBC batch for the lot. */
    @Override
    @Transactional
    public void saveAll(List<Kept> advices) {
        jdbc.batchUpdate(INSERT, advices.stream().map(kept -> row(kept.advice(), kept.intake(), kept.asker())).toList());
    }

    /** The columns of {@link Assessment}, in the order of {@link #INSERT}. */
    private Object[] row(Advice advice, IntakeFacts intake, Asker asker) {
        return new Object[] {advice.id(), advice.reference(), Timestamp.from(advice.createdAt()),
                advice.decision().ruleSetVersion(), advice.decision().ruleSetHash(), write(intake), write(advice),
                asker.correlationId(), asker.clientId(), asker.role(), recommended(advice)};
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Advice> find(UUID id) {
        return records.findById(id).map(record -> read(record.advice()));
    }

    /** The recommended pathways' codes as ",CODE,CODE,": the audit trail filters on one with LIKE. */
    private static String recommended(Advice advice) {
        StringBuilder codes = new StringBuilder(",");
        advice.decision().pathways().stream().filter(p -> p.status() == nl.wegwijzer.advice.PathwayStatus.RECOMMENDED)
                .forEach(p -> codes.append(p.code()).append(','));
        return codes.toString();
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Advice read(String value) {
        try {
            return json.readValue(value, Advice.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
