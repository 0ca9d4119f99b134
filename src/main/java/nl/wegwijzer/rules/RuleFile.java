package nl.wegwijzer.rules;

/** One file of a rule set: its name, how many rules it contributes and its content hash. */
public record RuleFile(String name, int rules, String sha256) {
}
