package nl.wegwijzer.rules;

import java.util.List;

/** A rule set that cannot be used, with every problem named by file and line (or table row). */
public final class RuleSetException extends RuntimeException {
    private final List<String> problems;

    public RuleSetException(String summary, List<String> problems) {
        super(summary + ":\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
