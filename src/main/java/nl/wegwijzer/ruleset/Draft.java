package nl.wegwijzer.ruleset;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A draft of the rule set: the version it was made from, its files (that version's, with the changed
 * tables and scenarios in place), who wrote it and why, and where it is in its lifecycle.
 */
public record Draft(UUID id, String baseVersion, String baseHash, String author, String reason, Instant createdAt,
                    List<String> changedFiles, Map<String, byte[]> files, String approvedBy, Instant approvedAt,
                    String approvalNote, Integer publishedAs) {
}
