package nl.wegwijzer.audit;

import java.time.Instant;

import org.springframework.data.annotation.Id;

/** A rule set as it was loaded (table {@code rule_set_version}): its files as JSON, name to text. */
public record RuleSetVersion(@Id String hash, String version, Instant firstLoadedAt, String files) {
}
