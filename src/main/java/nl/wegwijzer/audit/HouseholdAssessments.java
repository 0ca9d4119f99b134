package nl.wegwijzer.audit;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import nl.wegwijzer.advice.Asker;
import nl.wegwijzer.advice.HouseholdAdvice;
import nl.wegwijzer.advice.HouseholdAdvisor;
import nl.wegwijzer.advice.HouseholdFacts;

/**
 * Keeps every household advice (table {@code household_assessment}) with the facts it was decided from,
 * append-only, and reads them back: one, its owner, or a page of the trail, newest first.
 */
public class HouseholdAssessments implements HouseholdAdvisor.Store {
    private final NamedParameterJdbcTemplate jdbc;
    private final ObjectMapper json;

    public HouseholdAssessments(NamedParameterJdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A stored household advice as kept: what was known, what was advised, under which rules. */
    public record Stored(UUID id, String ruleSetVersion, String ruleSetHash, HouseholdFacts facts, HouseholdAdvice advice) {
    }

    /** One line of the trail. */
    public record Summary(UUID id, String reference, java.time.Instant createdAt, String ruleSetVersion, String ruleSetHash,
                          int adults, int children, String correlationId, String clientId) {
    }

    public record Page(List<Summary> items, int page, int size, long totalItems) {
        public int totalPages() {
            return (int) ((totalItems + size - 1) / size);
        }
    }

    @Override
    @Transactional
    public void save(HouseholdAdvice advice, HouseholdFacts household, Asker asker) {
        jdbc.update("INSERT INTO household_assessment (id, reference, created_at, rule_set_version, rule_set_hash, adults, children, "
                        + "facts, advice, correlation_id, client_id, role) VALUES (:id, :reference, :createdAt, :version, :hash, "
                        + ":adults, :children, :facts, :advice, :correlation, :client, :role)",
                new MapSqlParameterSource().addValue("id", advice.id()).addValue("reference", advice.reference())
                        .addValue("createdAt", Timestamp.from(advice.createdAt()))
                        .addValue("version", advice.decision().ruleSetVersion()).addValue("hash", advice.decision().ruleSetHash())
                        .addValue("adults", household.adults().size()).addValue("children", household.children().size())
                        .addValue("facts", write(household)).addValue("advice", write(advice))
                        .addValue("correlation", asker.correlationId()).addValue("client", asker.clientId())
                        .addValue("role", asker.role()));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<HouseholdAdvice> find(UUID id) {
        return stored(id).map(Stored::advice);
    }

    @Transactional(readOnly = true)
    public Optional<Stored> stored(UUID id) {
        return jdbc.query("SELECT id, rule_set_version, rule_set_hash, facts, advice FROM household_assessment WHERE id = :id",
                new MapSqlParameterSource("id", id), (row, n) -> new Stored(row.getObject("id", UUID.class),
                        row.getString("rule_set_version"), row.getString("rule_set_hash"),
                        read(row.getString("facts"), HouseholdFacts.class), read(row.getString("advice"), HouseholdAdvice.class)))
                .stream().findFirst();
    }

    /** The client that asked for it; empty when there is no such household advice. */
    public Optional<String> owner(UUID id) {
        List<String> owners = jdbc.query("SELECT client_id FROM household_assessment WHERE id = :id",
                new MapSqlParameterSource("id", id), (row, n) -> row.getString("client_id"));
        return owners.isEmpty() ? Optional.empty() : Optional.of(owners.get(0) == null ? "" : owners.get(0));
    }

    /** A page of the trail, filtered like the assessments' (reference, window, the client unless null). */
    @Transactional(readOnly = true)
    public Page list(AuditTrail.Filter filter, int page, int size) {
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        String where = AuditTrail.where(filter, parameters);
        Long total = jdbc.queryForObject("SELECT COUNT(*) FROM household_assessment" + where, parameters, Long.class);
        parameters.addValue("limit", size).addValue("offset", (long) page * size);
        List<Summary> items = jdbc.query("SELECT id, reference, created_at, rule_set_version, rule_set_hash, adults, children, "
                        + "correlation_id, client_id FROM household_assessment" + where
                        + " ORDER BY created_at DESC, id LIMIT :limit OFFSET :offset", parameters,
                (row, n) -> new Summary(row.getObject("id", UUID.class), row.getString("reference"),
                        row.getTimestamp("created_at").toInstant(), row.getString("rule_set_version"), row.getString("rule_set_hash"),
                        row.getInt("adults"), row.getInt("children"), row.getString("correlation_id"), row.getString("client_id")));
        return new Page(items, page, size, total == null ? 0 : total);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private <T> T read(String value, Class<T> type) {
        try {
            return json.readValue(value, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored household " + type.getSimpleName() + " cannot be read", e);
        }
    }
}
