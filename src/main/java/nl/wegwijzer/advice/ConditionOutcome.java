package nl.wegwijzer.advice;

/** A condition behind a pathway's status, and the rule that established it. */
public record ConditionOutcome(String code, Text description, ConditionState state, String source, String rule) {
}
