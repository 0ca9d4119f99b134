package nl.wegwijzer.advice;

import java.time.Instant;
import java.util.UUID;

/** An advice as given: the decision, a summary to read aloud, and who/when (pseudonymously). */
public record Advice(UUID id, String reference, Instant createdAt, Decision decision, Text summary) {
}
