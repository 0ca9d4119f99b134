package nl.wegwijzer.audit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import nl.wegwijzer.advice.Advice;
import nl.wegwijzer.advice.AdviceStore;
import nl.wegwijzer.advice.PathwayOutcome;

/**
 * Records the officer's choice next to the advice. Following the advice means choosing only pathways
 * it found fitting; anything else overrides it and needs a reason. A new decision supersedes the
 * previous one; none is ever changed or removed.
 */
public class OfficerDecisions {
    public static final String FOLLOWED = "FOLLOWED";
    public static final String OVERRIDDEN = "OVERRIDDEN";

    private final JdbcAggregateTemplate jdbc;
    private final JdbcClient sql;
    private final AdviceStore advices;
    private final Clock clock;

    public OfficerDecisions(JdbcAggregateTemplate jdbc, JdbcClient sql, AdviceStore advices, Clock clock) {
        this.jdbc = jdbc;
        this.sql = sql;
        this.advices = advices;
        this.clock = clock;
    }

    /** What is wrong with a decision, field by field; empty when it can be recorded. */
    public record Problem(String field, String detail) {
    }

    public static final class Refused extends RuntimeException {
        private final transient List<Problem> problems;

        Refused(List<Problem> problems) {
            super(problems.size() + " problem(s) with the decision");
            this.problems = List.copyOf(problems);
        }

        public List<Problem> problems() {
            return problems;
        }
    }

    /** Records the decision; empty when there is no such assessment. */
    @Transactional
    public synchronized Optional<OfficerDecision> decide(UUID assessmentId, List<String> pathways, String outcome,
                                                         String reason, String officer) {
        Optional<Advice> advice = advices.find(assessmentId);
        if (advice.isEmpty()) {
            return Optional.empty();
        }
        List<Problem> problems = new ArrayList<>();
        List<PathwayOutcome> advised = advice.get().decision().pathways();
        for (int i = 0; i < pathways.size(); i++) {
            String code = pathways.get(i);
            Optional<PathwayOutcome> known = advised.stream().filter(p -> p.code().equals(code)).findFirst();
            if (known.isEmpty()) {
                problems.add(new Problem("pathways[" + i + "]", "'" + code + "' is not a pathway of this advice"));
            } else if (FOLLOWED.equals(outcome) && !known.get().fits()) {
                problems.add(new Problem("pathways[" + i + "]", "the advice found " + code + " " + known.get().status()
                        + "; choosing it overrides the advice (outcome OVERRIDDEN, with a reason)"));
            }
        }
        boolean noReason = reason == null || reason.isBlank();
        if (OVERRIDDEN.equals(outcome) && noReason) {
            problems.add(new Problem("reason", "is required when the advice is overridden"));
        }
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        UUID previous = history(assessmentId).stream().reduce((first, second) -> second).map(OfficerDecision::id).orElse(null);
        OfficerDecision decision = new OfficerDecision(UUID.randomUUID(), assessmentId, clock.instant(),
                String.join(",", pathways), outcome, noReason ? null : reason.strip(), officer, previous);
        return Optional.of(jdbc.insert(decision));
    }

    /** Every decision on the assessment, oldest first; the last one stands. */
    @Transactional(readOnly = true)
    public List<OfficerDecision> history(UUID assessmentId) {
        return sql.sql("SELECT id, assessment_id, decided_at, pathways, outcome, reason, officer, supersedes "
                        + "FROM officer_decision WHERE assessment_id = ? ORDER BY decided_at, id")
                .param(assessmentId)
                .query((row, n) -> new OfficerDecision(row.getObject("id", UUID.class), row.getObject("assessment_id", UUID.class),
                        row.getTimestamp("decided_at").toInstant(), row.getString("pathways"), row.getString("outcome"),
                        row.getString("reason"), row.getString("officer"), row.getObject("supersedes", UUID.class)))
                .list();
    }

    public static List<String> codes(OfficerDecision decision) {
        return decision.pathways().isEmpty() ? List.of() : Arrays.asList(decision.pathways().split(","));
    }
}
