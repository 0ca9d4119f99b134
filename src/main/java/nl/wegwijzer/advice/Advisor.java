package nl.wegwijzer.advice;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Request, facts, rules, advice: decides with the current rule set, summarises and keeps the advice. */
public final class Advisor {
    private final DecisionMaker decisionMaker;
    private final AdviceStore store;
    private final FactNames facts;
    private final Clock clock;

    public Advisor(DecisionMaker decisionMaker, AdviceStore store, FactNames facts, Clock clock) {
        this.decisionMaker = decisionMaker;
        this.store = store;
        this.facts = facts;
        this.clock = clock;
    }

    public Advice advise(IntakeFacts intake, Asker asker) {
        return advise(intake, asker, null);
    }

    /** Decides under the rules in effect at {@code asOf} (null: now). */
    public Advice advise(IntakeFacts intake, Asker asker, Instant asOf) {
        Decision decision = asOf == null ? decisionMaker.decide(intake) : decisionMaker.decide(intake, asOf);
        Advice advice = given(intake, decision, asOf);
        store.save(advice, intake, asker);
        return advice;
    }

    /** The advice to keep for a decision: a new id, now, and its summary. */
    private Advice given(IntakeFacts intake, Decision decision, Instant asOf) {
        return new Advice(UUID.randomUUID(), intake.reference(), clock.instant(), decision, Summary.of(decision, facts), asOf);
    }

    /**
     * Decides each intake under the rules in effect now and keeps them all in one write (a batch's
     * chunk): one insert statement for the lot instead of one per advice.
     */
    public List<Advice> adviseAll(List<Request> requests) {
        List<AdviceStore.Kept> kept = new ArrayList<>(requests.size());
        for (Request request : requests) {
            Advice advice = given(request.intake(), decisionMaker.decide(request.intake()), null);
            kept.add(new AdviceStore.Kept(advice, request.intake(), request.asker()));
        }
        store.saveAll(kept);
        return kept.stream().map(AdviceStore.Kept::advice).toList();
    }

    /** An intake to decide and who asked for it. */
    public record Request(IntakeFacts intake, Asker asker) {
    }

    /** What if: the advice under the rules in effect now, shown and never kept (no id, nothing stored). */
    public Advice preview(IntakeFacts intake) {
        Decision decision = decisionMaker.decide(intake);
        return new Advice(null, intake.reference(), clock.instant(), decision, Summary.of(decision, facts), null);
    }

    /** An advice shown but never kept: a trial of rules that decide nothing yet (a draft). */
    public static Advice unsaved(IntakeFacts intake, Decision decision, FactNames facts, Instant at) {
        return new Advice(UUID.randomUUID(), intake.reference(), at, decision, Summary.of(decision, facts), null);
    }

    public Optional<Advice> find(UUID id) {
        return store.find(id);
    }

    /** The rules side: whatever decides an intake. */
    public interface DecisionMaker {
        Decision decide(IntakeFacts intake);

        /** Decides under the rules in effect at that moment; the caller checked that some were. */
        Decision decide(IntakeFacts intake, Instant moment);
    }
}
