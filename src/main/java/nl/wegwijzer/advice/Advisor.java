package nl.wegwijzer.advice;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/** Request, facts, rules, advice: decides with the current rule set, summarises and keeps the advice. */
public final class Advisor {
    private final DecisionMaker decisionMaker;
    private final AdviceStore store;
    private final Clock clock;

    public Advisor(DecisionMaker decisionMaker, AdviceStore store, Clock clock) {
        this.decisionMaker = decisionMaker;
        this.store = store;
        this.clock = clock;
    }

    public Advice advise(IntakeFacts intake, Asker asker) {
        Decision decision = decisionMaker.decide(intake);
        Advice advice = new Advice(UUID.randomUUID(), intake.reference(), clock.instant(), decision,
                Summary.of(decision));
        store.save(advice, intake, asker);
        return advice;
    }

    public Optional<Advice> find(UUID id) {
        return store.find(id);
    }

    /** The rules side: whatever decides an intake. */
    public interface DecisionMaker {
        Decision decide(IntakeFacts intake);
    }
}
