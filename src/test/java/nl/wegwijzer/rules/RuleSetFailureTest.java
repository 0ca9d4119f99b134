package nl.wegwijzer.rules;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;

import nl.wegwijzer.config.RuleSetFailureAnalyzer;

import static org.assertj.core.api.Assertions.assertThat;

/** A broken rule set stops the start with the problems themselves, by file and row. */
class RuleSetFailureTest {
    @Test
    void theStartFailureNamesEveryProblem() {
        RuleSetException broken = new RuleSetException("Rule set cannot be compiled",
                List.of("language-levels.drl.csv, row 10 (rule \"x\"): syntax error", "advice.drl, line 40: unknown field"));
        FailureAnalysis analysis = new RuleSetFailureAnalyzer().analyze(new IllegalStateException(broken));
        assertThat(analysis.getDescription())
                .contains("language-levels.drl.csv, row 10")
                .contains("advice.drl, line 40");
        assertThat(analysis.getAction()).contains("WEGWIJZER_RULES_DIR");
    }
}
