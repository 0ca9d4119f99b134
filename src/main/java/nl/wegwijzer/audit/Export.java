package nl.wegwijzer.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Streams stored assessments as JSON Lines or CSV, row by row from a database cursor, so an export
 * of years of advice never sits in memory.
 */
public class Export {
    public enum Format { JSONL, CSV }

    private static final String CSV_HEADER =
            "id,reference,created_at,rule_set_version,rule_set_hash,correlation_id,client_id,recommended\n";

    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate readOnly;
    private final ObjectMapper json;

    public Export(NamedParameterJdbcTemplate jdbc, TransactionTemplate readOnly, ObjectMapper json) {
        this.jdbc = jdbc;
        this.readOnly = readOnly;
        this.json = json;
    }

    /** How many intakes {@link #forEachIntake} would read now. */
    public int countIntakes() {
        Integer count = jdbc.getJdbcTemplate().queryForObject("SELECT COUNT(*) FROM assessment", Integer.class);
        return count == null ? 0 : count;
    }

    /**
     * Every stored intake, oldest first, one at a time from a streamed cursor: what the impact of a
     * draft decides again. Only the facts leave the audit store, never ids or references.
     */
    public void forEachIntake(java.util.function.Consumer<nl.wegwijzer.advice.IntakeFacts> each) {
        readOnly.executeWithoutResult(status -> jdbc.getJdbcTemplate().query(
                "SELECT intake FROM assessment ORDER BY created_at, id", row -> {
                    try {
                        each.accept(json.readValue(row.getString("intake"), nl.wegwijzer.advice.IntakeFacts.class));
                    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                        throw new IllegalStateException("a stored intake cannot be read", e);
                    }
                }));
    }

    public void write(Instant from, Instant to, Format format, OutputStream out) {
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        String where = AuditTrail.where(new AuditTrail.Filter(null, from, to), parameters);
        Writer writer = new java.io.BufferedWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8));
        // A transaction keeps the cursor open on PostgreSQL, so the fetch size streams the rows.
        readOnly.executeWithoutResult(status -> {
            try {
                if (format == Format.CSV) {
                    writer.write(CSV_HEADER);
                }
                jdbc.query("SELECT id, reference, created_at, rule_set_version, rule_set_hash, correlation_id, client_id, "
                        + "intake, advice FROM assessment" + where + " ORDER BY created_at, id", parameters, row -> {
                    try {
                        writer.write(format == Format.CSV ? csv(row) : jsonLine(row));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                writer.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private String jsonLine(ResultSet row) throws SQLException {
        try {
            ObjectNode line = json.createObjectNode();
            line.put("id", row.getString("id"));
            line.put("reference", row.getString("reference"));
            line.put("createdAt", row.getTimestamp("created_at").toInstant().toString());
            line.put("ruleSetVersion", row.getString("rule_set_version"));
            line.put("ruleSetHash", row.getString("rule_set_hash"));
            line.put("correlationId", row.getString("correlation_id"));
            line.put("clientId", row.getString("client_id"));
            line.set("intake", json.readTree(row.getString("intake")));
            line.set("advice", json.readTree(row.getString("advice")));
            return json.writeValueAsString(line) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored assessment cannot be read", e);
        }
    }

    private String csv(ResultSet row) throws SQLException {
        String recommended = String.join(";", StoredAdvice.recommended(json, row.getString("advice")));
        return String.join(",", cell(row.getString("id")), cell(row.getString("reference")),
                cell(row.getTimestamp("created_at").toInstant().toString()), cell(row.getString("rule_set_version")),
                cell(row.getString("rule_set_hash")), cell(row.getString("correlation_id")), cell(row.getString("client_id")),
                cell(recommended)) + "\n";
    }

    /** RFC 4180 quoting; a leading formula character is neutralised so a spreadsheet never runs it. */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return safe.matches(".*[\",\\n\\r].*") || !safe.equals(value)
                ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
