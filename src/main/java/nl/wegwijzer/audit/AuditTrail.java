package nl.wegwijzer.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** Reads the stored assessments back: filtered, newest first, a page at a time. */
public class AuditTrail {
    private final NamedParameterJdbcTemplate jdbc;
    private final ObjectMapper json;

    public AuditTrail(NamedParameterJdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Which assessments: by reference, time window, (unless null) the client that made them, a pathway
     * the advice recommended, and the standing officer's decision ({@link OfficerDecisions#FOLLOWED},
     * {@link OfficerDecisions#OVERRIDDEN}, or {@link #NO_DECISION}).
     */
    public record Filter(String reference, Instant from, Instant to, String clientId, String pathway, String decision) {
        public Filter(String reference, Instant from, Instant to) {
            this(reference, from, to, null, null, null);
        }
    }

    public static final String NO_DECISION = "NONE";

    /** The client that made an assessment; empty when there is no such assessment. */
    public java.util.Optional<String> owner(UUID id) {
        List<String> owners = jdbc.query("SELECT client_id FROM assessment WHERE id = :id",
                new MapSqlParameterSource("id", id), (row, n) -> row.getString("client_id"));
        return owners.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(owners.get(0) == null ? "" : owners.get(0));
    }

    public record Summary(UUID id, String reference, Instant createdAt, String ruleSetVersion, String ruleSetHash,
                          String correlationId, String clientId, List<String> recommended) {
    }

    public record Page(List<Summary> items, int page, int size, long totalItems) {
        public int totalPages() {
            return (int) ((totalItems + size - 1) / size);
        }
    }

    public Page list(Filter filter, int page, int size) {
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        String where = where(filter, parameters);
        Long total = jdbc.queryForObject("SELECT COUNT(*) FROM assessment" + where, parameters, Long.class);
        parameters.addValue("limit", size).addValue("offset", (long) page * size);
        List<Summary> items = jdbc.query("SELECT id, reference, created_at, rule_set_version, rule_set_hash, correlation_id, "
                + "client_id, advice FROM assessment" + where + " ORDER BY created_at DESC, id LIMIT :limit OFFSET :offset",
                parameters, (row, n) -> summary(row));
        return new Page(items, page, size, total == null ? 0 : total);
    }

    static String where(Filter filter, MapSqlParameterSource parameters) {
        List<String> conditions = new ArrayList<>();
        if (filter.reference() != null) {
            conditions.add("reference = :reference");
            parameters.addValue("reference", filter.reference());
        }
        if (filter.from() != null) {
            conditions.add("created_at >= :from");
            parameters.addValue("from", Timestamp.from(filter.from()));
        }
        if (filter.clientId() != null) {
            conditions.add("client_id = :client");
            parameters.addValue("client", filter.clientId());
        }
        if (filter.to() != null) {
            conditions.add("created_at < :to");
            parameters.addValue("to", Timestamp.from(filter.to()));
        }
        if (filter.pathway() != null) {
            conditions.add("recommended LIKE :pathway");
            parameters.addValue("pathway", "%," + filter.pathway() + ",%");
        }
        if (NO_DECISION.equals(filter.decision())) {
            conditions.add("NOT EXISTS (SELECT 1 FROM officer_decision d WHERE d.assessment_id = assessment.id)");
        } else if (filter.decision() != null) {
            conditions.add("(SELECT d.outcome FROM officer_decision d WHERE d.assessment_id = assessment.id "
                    + "ORDER BY d.decided_at DESC, d.id DESC FETCH FIRST 1 ROWS ONLY) = :decision");
            parameters.addValue("decision", filter.decision());
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private Summary summary(ResultSet row) throws SQLException {
        List<String> recommended = StoredAdvice.recommended(json, row.getString("advice"));
        return new Summary(row.getObject("id", UUID.class), row.getString("reference"),
                row.getTimestamp("created_at").toInstant(), row.getString("rule_set_version"), row.getString("rule_set_hash"),
                row.getString("correlation_id"), row.getString("client_id"), recommended);
    }
}
