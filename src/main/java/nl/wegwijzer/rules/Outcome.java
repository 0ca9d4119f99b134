package nl.wegwijzer.rules;

import java.util.List;

import org.kie.api.runtime.KieSession;

import nl.wegwijzer.rules.facts.DomainFlag;
import nl.wegwijzer.rules.facts.Eligibility;
import nl.wegwijzer.rules.facts.Finding;
import nl.wegwijzer.rules.facts.Intake;
import nl.wegwijzer.rules.facts.MissingFacts;
import nl.wegwijzer.rules.facts.ObligationFact;
import nl.wegwijzer.rules.facts.Placement;
import nl.wegwijzer.rules.facts.Reason;
import nl.wegwijzer.rules.facts.Recommended;
import nl.wegwijzer.rules.facts.WaitingList;

/**
 * What one session concluded for one intake, as the rule files declare it (the queries of
 * advies/advies.drl), and which rules fired on the way.
 */
record Outcome(List<Finding> findings, List<Eligibility> statuses, List<Recommended> recommended, List<Reason> reasons,
               List<WaitingList> waitingLists, List<Placement> placements, List<MissingFacts> missing,
               List<ObligationFact> obligations, List<DomainFlag> domainFlags, List<String> fired) {
    /** The queries a rule set must declare: together they say what an advice consists of. */
    static final List<String> QUERIES = List.of("bevindingen", "statussen", "aanbevolen", "redenen", "wachtlijsten",
            "plaatsingen", "nog te vragen", "verplichtingen", "gezinsdomeinen");

    /** Runs the rule set on the intake in a new session, and reads the outcome back. */
    static Outcome of(RuleSet ruleSet, Intake intake) {
        FiredRules fired = new FiredRules();
        KieSession session = ruleSet.newSession();
        try {
            session.addEventListener(fired);
            session.insert(intake);
            for (Object fact : ruleSet.sessionFacts()) {
                session.insert(fact);
            }
            session.fireAllRules();
            return new Outcome(
                    Queries.all(session, "bevindingen", Finding.class),
                    Queries.all(session, "statussen", Eligibility.class),
                    Queries.all(session, "aanbevolen", Recommended.class),
                    Queries.all(session, "redenen", Reason.class),
                    Queries.all(session, "wachtlijsten", WaitingList.class),
                    Queries.all(session, "plaatsingen", Placement.class),
                    Queries.all(session, "nog te vragen", MissingFacts.class),
                    Queries.all(session, "verplichtingen", ObligationFact.class),
                    Queries.all(session, "gezinsdomeinen", DomainFlag.class),
                    fired.names);
        } finally {
            session.removeEventListener(fired);
            session.dispose();
        }
    }
}
