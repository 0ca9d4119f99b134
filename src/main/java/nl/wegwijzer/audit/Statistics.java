package nl.wegwijzer.audit;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** Counts over the audit trail for policy staff: statuses per pathway and how often advice is followed. */
public class Statistics {
    private final NamedParameterJdbcTemplate jdbc;
    private final ObjectMapper json;

    public Statistics(NamedParameterJdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public record Counts(long assessments, long followed, long overridden, Map<String, long[]> byPathway) {
    }

    public Counts count(Instant from, Instant to) {
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        String where = AuditTrail.where(new AuditTrail.Filter(null, from, to), parameters);
        Map<String, long[]> byPathway = new LinkedHashMap<>();
        long[] total = {0};
        jdbc.query("SELECT advice FROM assessment" + where + " ORDER BY created_at", parameters, row -> {
            total[0]++;
            for (JsonNode pathway : StoredAdvice.pathways(json, row.getString("advice"))) {
                long[] counts = byPathway.computeIfAbsent(pathway.path("code").asText(), k -> new long[4]);
                switch (pathway.path("status").asText()) {
                    case "RECOMMENDED" -> counts[0]++;
                    case "ELIGIBLE" -> counts[1]++;
                    case "NOT_ELIGIBLE" -> counts[2]++;
                    default -> counts[3]++;
                }
            }
        });
        // The standing decision is the one no later decision supersedes.
        String standing = "SELECT d.outcome, COUNT(*) AS n FROM officer_decision d JOIN assessment a ON a.id = d.assessment_id"
                + where.replace("reference", "a.reference").replace("created_at", "a.created_at").replace("client_id", "a.client_id")
                + (where.isEmpty() ? " WHERE " : " AND ")
                + "NOT EXISTS (SELECT 1 FROM officer_decision later WHERE later.supersedes = d.id) GROUP BY d.outcome";
        long[] outcomes = {0, 0};
        jdbc.query(standing, parameters, row -> {
            if (OfficerDecisions.FOLLOWED.equals(row.getString("outcome"))) {
                outcomes[0] = row.getLong("n");
            } else {
                outcomes[1] = row.getLong("n");
            }
        });
        return new Counts(total[0], outcomes[0], outcomes[1], byPathway);
    }
}
