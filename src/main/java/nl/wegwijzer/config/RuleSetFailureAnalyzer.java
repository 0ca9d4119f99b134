package nl.wegwijzer.config;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

import nl.wegwijzer.rules.RuleSetException;

/** A rule set that cannot be used stops the start with its problems, not with a stack trace. */
public class RuleSetFailureAnalyzer extends AbstractFailureAnalyzer<RuleSetException> {
    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, RuleSetException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Correct the rule files named above (file and line, or file and table row), or point "
                        + "WEGWIJZER_RULES_DIR at a folder with a working rule set.", cause);
    }
}
