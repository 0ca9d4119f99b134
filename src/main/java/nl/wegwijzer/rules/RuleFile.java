package nl.wegwijzer.rules;

import java.util.Locale;

/**
 * One file of a rule set, by its path in the rules folder ({@code vip/kans-op-werk.drl.csv}): how many
 * rules it contributes, its content hash, and what kind of file it is.
 */
public record RuleFile(String name, int rules, String sha256) {
    public enum Kind { TABLE, DRL, SCENARIOS }

    public Kind kind() {
        return kindOf(name);
    }

    public static Kind kindOf(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        return lower.endsWith(".feature") ? Kind.SCENARIOS : lower.endsWith(".drl") ? Kind.DRL : Kind.TABLE;
    }

    /** Whether Drools compiles it (a table or DRL); scenarios travel with the rules but are not compiled. */
    public static boolean compiled(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        return lower.endsWith(".drl") || lower.endsWith(".drl.csv") || lower.endsWith(".drl.xlsx");
    }
}
