package nl.wegwijzer.advice;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A household advice as given: the decision, the few sentences to read aloud for the household and
 * for each adult, and when. The id is null for an advice that was only shown (a preview).
 */
public record HouseholdAdvice(UUID id, String reference, Instant createdAt, HouseholdDecision decision,
                              List<Text> adultSummaries, Text summary) {
}
