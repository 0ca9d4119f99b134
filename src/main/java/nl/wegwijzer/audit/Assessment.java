package nl.wegwijzer.audit;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;

/**
 * One stored assessment (table {@code assessment}): what was asked, what was advised, and by which
 * rule set, and (for filtering the audit trail) the pathways it recommended, as ",CODE,CODE,". Never updated. Names are derived, so each database's dialect gets them in its own case.
 */
public record Assessment(
        @Id UUID id,
        String reference,
        Instant createdAt,
        String ruleSetVersion,
        String ruleSetHash,
        String intake,
        String advice,
        String correlationId,
        String clientId,
        String role,
        String recommended) {
}
