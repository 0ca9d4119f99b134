package nl.wegwijzer.audit;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.transaction.annotation.Transactional;

import nl.wegwijzer.advice.Advice;
import nl.wegwijzer.advice.AdviceStore;
import nl.wegwijzer.advice.Asker;
import nl.wegwijzer.advice.IntakeFacts;

/** Keeps every advice in the database, with the facts it was decided from. Append-only. */
public class JdbcAdviceStore implements AdviceStore {
    private final JdbcAggregateTemplate jdbc;
    private final AssessmentRecords records;
    private final ObjectMapper json;

    public JdbcAdviceStore(JdbcAggregateTemplate jdbc, AssessmentRecords records, ObjectMapper json) {
        this.jdbc = jdbc;
        this.records = records;
        this.json = json;
    }

    @Override
    @Transactional
    public void save(Advice advice, IntakeFacts intake, Asker asker) {
        jdbc.insert(assessment(advice, intake, asker));
    }

    /** One batched insert for the lot (the ids are ours, so Spring Data JDBC sends them as one JDBC batch). */
    @Override
    @Transactional
    public void saveAll(List<Kept> advices) {
        jdbc.insertAll(advices.stream().map(kept -> assessment(kept.advice(), kept.intake(), kept.asker())).toList());
    }

    private Assessment assessment(Advice advice, IntakeFacts intake, Asker asker) {
        return new Assessment(advice.id(), advice.reference(), advice.createdAt(),
                advice.decision().ruleSetVersion(), advice.decision().ruleSetHash(), write(intake), write(advice),
                asker.correlationId(), asker.clientId(), asker.role(), recommended(advice));
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
