package nl.wegwijzer.advice;

/**
 * Who asked for an advice, pseudonymously: the calling client (or user), its role, and the request's
 * correlation id. Null parts are unknown (before access control names them).
 */
public record Asker(String clientId, String role, String correlationId) {
    public static final Asker UNKNOWN = new Asker(null, null, null);
}
