package nl.wegwijzer.rules;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import nl.wegwijzer.advice.Advisor;
import nl.wegwijzer.advice.Decision;
import nl.wegwijzer.advice.HouseholdDecision;
import nl.wegwijzer.advice.HouseholdFacts;
import nl.wegwijzer.advice.IntakeFacts;
import nl.wegwijzer.advice.MunicipalityMatch;
import nl.wegwijzer.rules.facts.Intake;
import nl.wegwijzer.rules.facts.MunicipalityDef;

/**
 * The engine adapter: turns intake facts into rule facts, runs the rule set in effect, and has the
 * outcome read back into a {@link Decision}. It decides nothing itself. Thread-safe: the timeline of
 * versions is swapped in one write and read once per decision, so a decision is made by one version.
 */
public final class RuleEngine implements Advisor.DecisionMaker {
    private final Clock clock;
    private volatile Timeline timeline;

    public RuleEngine(RuleSet initial) {
        this(Timeline.always(initial), Clock.systemUTC());
    }

    public RuleEngine(Timeline timeline, Clock clock) {
        this.timeline = timeline;
        this.clock = clock;
    }

    /** The rule set in effect now: a scheduled version takes over at its moment, nobody has to act. */
    public RuleSet current() {
        return at(clock.instant()).orElseThrow(() -> new IllegalStateException("no rule set is in effect yet"));
    }

    /** The rule set that was (or will be) in effect at a moment; empty before the first version. */
    public Optional<RuleSet> at(Instant moment) {
        return timeline.at(moment).map(entry -> entry.ruleSet().get());
    }

    public Timeline timeline() {
        return timeline;
    }

    /** Swaps in a new timeline in one write; decisions in flight finish on the version they started with. */
    public void use(Timeline next) {
        this.timeline = next;
    }

    @Override
    public Decision decide(IntakeFacts facts) {
        return decide(facts, current());
    }

    @Override
    public Decision decide(IntakeFacts facts, Instant moment) {
        return decide(facts, at(moment).orElseThrow(() -> new IllegalStateException("no rule set was in effect at " + moment)));
    }

    public Decision decide(IntakeFacts facts, RuleSet ruleSet) {
        return decide(facts, ruleSet, false);
    }

    /** Text that stands for free text typed at intake, where the reader may not see the case. */
    public static final String TYPED_TEXT = Placeholders.TYPED_TEXT;

    /**
     * Decides; with {@code redactTypedText}, what an officer typed freely at intake (a subject, the
     * name of a municipality the table does not know) is left out of the texts, for readers who may
     * see what the rules say but not the case (policy staff reading a draft's impact).
     */
    public Decision decide(IntakeFacts facts, RuleSet ruleSet, boolean redactTypedText) {
        Optional<MunicipalityDef> municipality = ruleSet.municipalityIndex().find(facts.municipality());
        Intake intake = toIntake(facts, municipality.orElse(null));
        Outcome outcome = Outcome.of(ruleSet, intake);
        return new DecisionAssembler(ruleSet, outcome, new Placeholders(intake, facts, redactTypedText))
                .decision(match(facts, municipality));
    }

    /** Decides a household under the rule set in effect now. */
    public HouseholdDecision decide(HouseholdFacts household) {
        return decide(household, current());
    }

    /**
     * Decides each adult of a household with their own facts and the household's shared ones, then
     * has the household tables say what the members' facts mean for the family as a whole.
     */
    public HouseholdDecision decide(HouseholdFacts household, RuleSet ruleSet) {
        List<HouseholdAssembler.AdultOutcome> adults = new ArrayList<>();
        for (int i = 0; i < household.adults().size(); i++) {
            IntakeFacts facts = household.intakeOf(i);
            Optional<MunicipalityDef> municipality = ruleSet.municipalityIndex().find(facts.municipality());
            Intake intake = toIntake(facts, municipality.orElse(null));
            Outcome outcome = Outcome.of(ruleSet, intake);
            Decision decision = new DecisionAssembler(ruleSet, outcome, new Placeholders(intake, facts, false)).decision(match(facts, municipality));
            adults.add(new HouseholdAssembler.AdultOutcome(decision, outcome.domainFlags()));
        }
        return new HouseholdAssembler(ruleSet).decision(household, adults);
    }

    private static MunicipalityMatch match(IntakeFacts facts, Optional<MunicipalityDef> municipality) {
        return municipality
                .map(m -> new MunicipalityMatch(facts.municipality(), true, m.name(), m.cbsCode()))
                .orElseGet(() -> new MunicipalityMatch(facts.municipality(), false, null, null));
    }

    static Intake toIntake(IntakeFacts f, MunicipalityDef municipality) {
        IntakeFacts.Education e = f.education();
        IntakeFacts.Work w = f.work();
        IntakeFacts.Benefits b = f.benefits();
        IntakeFacts.Household h = f.household();
        IntakeFacts.Inburgering i = f.inburgering();
        return new Intake(
                f.municipality(),
                municipality == null ? null : municipality.cbsCode(),
                municipality == null ? null : municipality.name(),
                f.age(),
                f.languageLevel(),
                e == null ? null : e.level(),
                e == null ? null : e.field(),
                e == null ? null : e.schoolType(),
                e == null ? null : e.subject(),
                e == null ? null : e.teachingExperienceYears(),
                w == null ? null : w.status(),
                w == null ? null : w.experienceYears(),
                w == null ? null : w.hoursAvailablePerWeek(),
                b == null ? null : b.type(),
                b == null ? null : b.jobApplicationObligation(),
                h == null ? null : h.partner(),
                h == null ? null : h.singleParent(),
                h != null,
                h == null ? null : h.childrenAges().stream().mapToInt(Integer::intValue).toArray(),
                Set.copyOf(f.vulnerabilities()),
                i == null ? null : i.obligated(),
                i == null ? null : i.route(),
                i != null,
                i == null ? Set.of() : Set.copyOf(i.completedProgrammes().stream().map(p -> p.strip().toUpperCase(Locale.ROOT)).toList()),
                Set.copyOf(f.priorities()));
    }
}
