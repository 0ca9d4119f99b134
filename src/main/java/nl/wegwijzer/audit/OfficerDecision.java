package nl.wegwijzer.audit;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;

/** What the officer chose for an assessment (table {@code officer_decision}). Never updated. */
public record OfficerDecision(
        @Id UUID id,
        UUID assessmentId,
        Instant decidedAt,
        String pathways,
        String outcome,
        String reason,
        String officer,
        UUID supersedes) {
}
