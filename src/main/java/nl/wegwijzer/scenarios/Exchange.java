package nl.wegwijzer.scenarios;

import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A scenario's conversation with the service: the last request's response. Over HTTP against the
 * running server in the test suite; in process against a draft rule set when policy staff ask what
 * a draft does to the scenarios. The rule steps are written once, against this.
 */
public interface Exchange {
    void send(String method, String path, String contentType, byte[] content, Map<String, String> headers);

    default void get(String path, Map<String, String> headers) {
        send("GET", path, null, null, headers);
    }

    /** Who acts next, by role (COORDINATOR keeps welcome groups); in process everyone may do everything. */
    default void actAsRole(String role) {
    }

    int status();

    Optional<String> header(String name);

    /** The response body as text. */
    String text();

    /** The response body as JSON (missing when it is not JSON). */
    JsonNode body();
}
