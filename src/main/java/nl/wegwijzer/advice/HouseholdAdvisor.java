package nl.wegwijzer.advice;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Request, facts, rules, advice for a household: decides with the rule set in effect, summarises, keeps it. */
public final class HouseholdAdvisor {
    private final Decider decider;
    private final Store store;
    private final FactNames facts;
    private final Clock clock;

    public HouseholdAdvisor(Decider decider, Store store, FactNames facts, Clock clock) {
        this.decider = decider;
        this.store = store;
        this.facts = facts;
        this.clock = clock;
    }

    public HouseholdAdvice advise(HouseholdFacts household, Asker asker) {
        HouseholdAdvice advice = advice(UUID.randomUUID(), household, decider.decide(household));
        store.save(advice, household, asker);
        return advice;
    }

    public Optional<HouseholdAdvice> find(UUID id) {
        return store.find(id);
    }

    private HouseholdAdvice advice(UUID id, HouseholdFacts household, HouseholdDecision decision) {
        return of(id, household, decision, facts, clock.instant());
    }

    /** The advice for a decision already made: kept under an id, or only shown (a draft's trial in process). */
    public static HouseholdAdvice of(UUID id, HouseholdFacts household, HouseholdDecision decision, FactNames facts,
                                     java.time.Instant at) {
        List<Text> adults = decision.adults().stream().map(d -> Summary.of(d, facts)).toList();
        return new HouseholdAdvice(id, household.reference(), at, decision, adults, HouseholdSummary.of(household, decision));
    }

    /** The rules side: whatever decides a household. */
    public interface Decider {
        HouseholdDecision decide(HouseholdFacts household);
    }

    /** Where household advices are kept once given. */
    public interface Store {
        void save(HouseholdAdvice advice, HouseholdFacts household, Asker asker);

        Optional<HouseholdAdvice> find(UUID id);
    }
}
