package nl.wegwijzer.advice;

import java.time.Instant;
import java.util.UUID;

/**
 * An advice as given: the decision, a summary to read aloud, and who/when (pseudonymously).
 * {@code asOf} is set when it was decided under the rules in effect at another moment.
 */
public record Advice(UUID id, String reference, Instant createdAt, Decision decision, Text summary, Instant asOf) {
}
