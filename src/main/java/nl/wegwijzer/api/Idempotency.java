package nl.wegwijzer.api;

import nl.wegwijzer.contract.Contract;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.wegwijzer.access.ApiKeys;

/**
 * Idempotency-Key on POSTs: the first request with a key is handled and its response kept; a retry
 * with the same key (same client) gets that response, never a second assessment. The same key with
 * a different request is refused (422); a retry while the first is still running gets 409.
 */
@Component
public class Idempotency {
    public static final String HEADER = "Idempotency-Key";
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private final JdbcClient sql;
    private final ObjectMapper json;
    private final Clock clock;

    public Idempotency(JdbcClient sql, ObjectMapper json, Clock clock) {
        this.sql = sql;
        this.json = json;
        this.clock = clock;
    }

    /** The first response for this key, or the one {@code handle} gives now. */
    public <T> ResponseEntity<T> once(String key, Object request, Class<T> type, Supplier<ResponseEntity<T>> handle) {
        if (key == null) {
            return handle.get();
        }
        if (!KEY.matcher(key).matches()) {
            throw new InvalidRequestException("Invalid Idempotency-Key",
                    List.of(new Contract.FieldError("", HEADER, "must be 1 to 128 letters, digits or . _ : -")));
        }
        String client = Requests.caller().clientId();
        String fingerprint = ApiKeys.sha256(write(request));
        try {
            sql.sql("INSERT INTO idempotency_key (client_id, idem_key, request_sha256, status, created_at) VALUES (?, ?, ?, 0, ?)")
                    .param(client).param(key).param(fingerprint).param(Timestamp.from(clock.instant())).update();
        } catch (DuplicateKeyException first) {
            return replay(client, key, fingerprint, type);
        }
        ResponseEntity<T> response;
        try {
            response = handle.get();
        } catch (RuntimeException failed) {
            // Nothing was kept for a request that failed: the same key may be tried again.
            sql.sql("DELETE FROM idempotency_key WHERE client_id = ? AND idem_key = ?").param(client).param(key).update();
            throw failed;
        }
        URI location = response.getHeaders().getLocation();
        sql.sql("UPDATE idempotency_key SET status = ?, location = ?, body = ? WHERE client_id = ? AND idem_key = ?")
                .param(response.getStatusCode().value()).param(location == null ? null : location.toString())
                .param(write(response.getBody())).param(client).param(key).update();
        return response;
    }

    private record Stored(String fingerprint, int status, String location, String body) {
    }

    private <T> ResponseEntity<T> replay(String client, String key, String fingerprint, Class<T> type) {
        Optional<Stored> stored = sql.sql("SELECT request_sha256, status, location, body FROM idempotency_key "
                        + "WHERE client_id = ? AND idem_key = ?").param(client).param(key)
                .query((row, n) -> new Stored(row.getString(1).strip(), row.getInt(2), row.getString(3), row.getString(4)))
                .optional();
        if (stored.isEmpty()) {
            throw new ConflictException("The first request with this Idempotency-Key failed a moment ago; send it again");
        }
        if (!stored.get().fingerprint().equals(fingerprint)) {
            throw new UnprocessableException("This Idempotency-Key was used for a different request");
        }
        if (stored.get().status() == 0) {
            throw new ConflictException("The first request with this Idempotency-Key is still being handled; retry shortly");
        }
        try {
            ResponseEntity.BodyBuilder builder = ResponseEntity.status(HttpStatus.valueOf(stored.get().status()));
            if (stored.get().location() != null) {
                builder.location(URI.create(stored.get().location()));
            }
            return builder.header("Idempotent-Replayed", "true").body(json.readValue(stored.get().body(), type));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored response cannot be read", e);
        }
    }

    private String write(Object value) {
        try {
            return value instanceof String text ? text : json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** 409: the request conflicts with one in progress. */
    public static class ConflictException extends RuntimeException {
        ConflictException(String detail) {
            super(detail);
        }
    }

    /** 422: the key was used for another request. */
    public static class UnprocessableException extends RuntimeException {
        UnprocessableException(String detail) {
            super(detail);
        }
    }
}
