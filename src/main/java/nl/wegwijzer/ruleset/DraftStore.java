package nl.wegwijzer.ruleset;

import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Drafts in the database (table {@code rule_set_draft}): stored whole, approved and published by marks. */
public final class DraftStore {
    private final JdbcClient sql;
    private final ObjectMapper json;

    public DraftStore(JdbcClient sql, ObjectMapper json) {
        this.sql = sql;
        this.json = json;
    }

    void insert(Draft draft) {
        Map<String, String> stored = new LinkedHashMap<>();
        draft.files().forEach((name, content) -> stored.put(name, Base64.getEncoder().encodeToString(content)));
        sql.sql("INSERT INTO rule_set_draft (id, base_version, base_hash, author, reason, created_at, changed_files, files) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .param(draft.id()).param(draft.baseVersion()).param(draft.baseHash()).param(draft.author()).param(draft.reason())
                .param(Timestamp.from(draft.createdAt())).param(String.join(",", draft.changedFiles())).param(write(stored)).update();
    }

    public Optional<Draft> find(UUID id) {
        return sql.sql("SELECT id, base_version, base_hash, author, reason, created_at, changed_files, files, approved_by, "
                        + "approved_at, approval_note, published_as FROM rule_set_draft WHERE id = ?")
                .param(id).query((row, n) -> {
                    Map<String, byte[]> files = new LinkedHashMap<>();
                    read(row.getString("files")).forEach((name, content) -> files.put(name, Base64.getDecoder().decode(content)));
                    return new Draft(row.getObject("id", UUID.class), row.getString("base_version"), row.getString("base_hash").strip(),
                            row.getString("author"), row.getString("reason"), row.getTimestamp("created_at").toInstant(),
                            List.of(row.getString("changed_files").split(",")), files, row.getString("approved_by"),
                            row.getTimestamp("approved_at") == null ? null : row.getTimestamp("approved_at").toInstant(),
                            row.getString("approval_note"), row.getObject("published_as", Integer.class));
                }).optional();
    }

    /** Drafts not yet published, newest first (at most {@code limit}). */
    public List<Draft> open(int limit) {
        return sql.sql("SELECT id FROM rule_set_draft WHERE published_as IS NULL ORDER BY created_at DESC FETCH FIRST "
                        + limit + " ROWS ONLY")
                .query((row, n) -> row.getObject("id", UUID.class)).list().stream()
                .map(id -> find(id).orElseThrow()).toList();
    }

    void approved(UUID id, String approver, Instant at, String note) {
        sql.sql("UPDATE rule_set_draft SET approved_by = ?, approved_at = ?, approval_note = ? WHERE id = ? AND approved_by IS NULL")
                .param(approver).param(Timestamp.from(at)).param(note == null || note.isBlank() ? null : note.strip()).param(id).update();
    }

    void published(UUID id, int number) {
        sql.sql("UPDATE rule_set_draft SET published_as = ? WHERE id = ?").param(number).param(id).update();
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, String> read(String value) {
        try {
            return json.readValue(value, new TypeReference<LinkedHashMap<String, String>>() { });
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
