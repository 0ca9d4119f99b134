package nl.wegwijzer.rules;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;

import nl.wegwijzer.advice.Advisor;
import nl.wegwijzer.advice.ConditionOutcome;
import nl.wegwijzer.advice.ConditionState;
import nl.wegwijzer.advice.Decision;
import nl.wegwijzer.advice.FamilyDomain;
import nl.wegwijzer.advice.IntakeFacts;
import nl.wegwijzer.advice.MunicipalityMatch;
import nl.wegwijzer.advice.Obligation;
import nl.wegwijzer.advice.PathwayOutcome;
import nl.wegwijzer.advice.PathwayStatus;
import nl.wegwijzer.advice.Text;
import nl.wegwijzer.rules.facts.DomainFlag;
import nl.wegwijzer.rules.facts.Eligibility;
import nl.wegwijzer.rules.facts.Finding;
import nl.wegwijzer.rules.facts.Intake;
import nl.wegwijzer.rules.facts.MunicipalityDef;
import nl.wegwijzer.rules.facts.ObligationFact;
import nl.wegwijzer.rules.facts.PathwayDef;
import nl.wegwijzer.rules.facts.Placement;
import nl.wegwijzer.rules.facts.Reason;
import nl.wegwijzer.rules.facts.Recommended;
import nl.wegwijzer.rules.facts.WaitingList;

/**
 * The engine adapter: turns intake facts into rule facts, runs the current rule set, and reads the
 * outcome back into a {@link Decision}. It decides nothing itself. Thread-safe: the rule set is
 * read once per decision, so a decision is always made by one version.
 */
public final class RuleEngine implements Advisor.DecisionMaker {
    private static final List<String> DOMAIN_ORDER =
            List.of("ONDERWIJS", "OPVOEDING", "PARTICIPATIE_INTEGRATIE", "WERK_INKOMEN", "ZORG_WELZIJN");

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

    /**
     * Swaps in a new timeline in one write. A decision reads the rule set once, at its start, so
     * decisions in flight finish on the version they started with.
     */
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
    public static final String TYPED_TEXT = "[vrije tekst]";

    /**
     * Decides; with {@code redactTypedText}, what an officer typed freely at intake (a subject, the
     * name of a municipality the table does not know) is left out of the texts, for readers who may
     * see what the rules say but not the case (policy staff reading a draft's impact).
     */
    public Decision decide(IntakeFacts facts, RuleSet ruleSet, boolean redactTypedText) {
        Optional<MunicipalityDef> municipality = ruleSet.municipalityIndex().find(facts.municipality());
        Intake intake = toIntake(facts, municipality.orElse(null));
        FiredRules fired = new FiredRules();
        List<Object> outcome;
        KieSession session = ruleSet.newSession();
        try {
            session.addEventListener(fired);
            session.insert(intake);
            for (Object fact : ruleSet.sessionFacts()) {
                session.insert(fact);
            }
            session.fireAllRules();
            outcome = new ArrayList<>(session.getObjects());
        } finally {
            session.removeEventListener(fired);
            session.dispose();
        }
        MunicipalityMatch match = municipality
                .map(m -> new MunicipalityMatch(facts.municipality(), true, m.name(), m.cbsCode()))
                .orElseGet(() -> new MunicipalityMatch(facts.municipality(), false, null, null));
        return assemble(ruleSet, intake, facts, match, outcome, fired.names, redactTypedText);
    }

    /** Records the rules that fired, in order, for one session (a decision, or reading the reference tables). */
    static final class FiredRules extends DefaultAgendaEventListener {
        final List<String> names = new ArrayList<>(64);

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            names.add(event.getMatch().getRule().getName());
        }
    }

    private static Intake toIntake(IntakeFacts f, MunicipalityDef municipality) {
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
                i == null ? Set.of() : Set.copyOf(i.completedProgrammes().stream()
                        .map(p -> p.strip().toUpperCase(Locale.ROOT)).toList()),
                Set.copyOf(f.priorities()));
    }

    private static Decision assemble(RuleSet ruleSet, Intake intake, IntakeFacts facts, MunicipalityMatch match,
                                     List<Object> outcome, List<String> fired, boolean redactTypedText) {
        Placeholders texts = new Placeholders(intake, facts, redactTypedText);
        Map<String, String> status = new HashMap<>();
        Set<String> recommended = new LinkedHashSet<>();
        Map<String, WaitingList> waiting = new HashMap<>();
        Map<String, List<Reason>> reasons = new HashMap<>();
        Map<String, Placement> placements = new HashMap<>();
        List<Finding> findings = new ArrayList<>();
        List<ObligationFact> obligations = new ArrayList<>();
        Map<String, List<DomainFlag>> domains = new LinkedHashMap<>();
        for (Object fact : outcome) {
            if (fact instanceof Finding f) {
                findings.add(f);
            } else if (fact instanceof Eligibility e) {
                status.put(e.pathway(), e.status());
            } else if (fact instanceof Recommended r) {
                recommended.add(r.pathway());
            } else if (fact instanceof WaitingList wl) {
                waiting.put(wl.pathway(), wl);
            } else if (fact instanceof Reason r) {
                reasons.computeIfAbsent(r.pathway(), k -> new ArrayList<>()).add(r);
            } else if (fact instanceof Placement p) {
                placements.put(p.getPathway() + "/" + p.getKind(), p);
            } else if (fact instanceof ObligationFact o) {
                obligations.add(o);
            } else if (fact instanceof DomainFlag d) {
                domains.computeIfAbsent(d.domain(), k -> new ArrayList<>()).add(d);
            }
        }
        // Explained in the order the rules are written (file, then row or line), never in the order the
        // engine happened to fire them: the same intake reads the same way every time, under every copy
        // of the same rules.
        Map<String, Integer> firedAt = ruleSet.positions();
        List<String> firedRules = fired.stream().distinct()
                .sorted(Comparator.comparingInt((String r) -> firedAt.getOrDefault(r, Integer.MAX_VALUE)).thenComparing(r -> r))
                .toList();
        findings.sort(Comparator.comparingInt(f -> firedAt.getOrDefault(f.getRule(), 0)));
        Map<String, List<Finding>> byScope = new HashMap<>();
        for (Finding f : findings) {
            byScope.computeIfAbsent(f.getScope(), k -> new ArrayList<>(8)).add(f);
        }

        List<PathwayOutcome> pathways = new ArrayList<>();
        for (PathwayDef def : ruleSet.catalogue()) {
            String code = def.getCode();
            String decided = status.get(code);
            if (decided == null) {
                throw new IllegalStateException("rule set " + ruleSet.version() + " decided no status for " + code);
            }
            PathwayStatus pathwayStatus = recommended.contains(code) ? PathwayStatus.RECOMMENDED : PathwayStatus.valueOf(decided);
            boolean fits = pathwayStatus == PathwayStatus.RECOMMENDED || pathwayStatus == PathwayStatus.ELIGIBLE;
            List<ConditionOutcome> conditions = new ArrayList<>();
            Set<String> missing = new LinkedHashSet<>();
            List<Finding> own = new ArrayList<>(byScope.getOrDefault(code, List.of()));
            if (!def.getProgramme().equals(code)) {
                // A finding for the programme counts for each of its pathways; where the programme has
                // one pathway of the same code, it is the same finding and is said once.
                own.addAll(byScope.getOrDefault(def.getProgramme(), List.of()));
            }
            own.sort(Comparator.comparingInt(f -> firedAt.getOrDefault(f.getRule(), 0)));
            for (Finding f : own) {
                ConditionState state = ConditionState.valueOf(f.getState());
                conditions.add(new ConditionOutcome(f.getCode(), texts.fill(f.getNl(), f.getEn()), state, f.getSource(), f.getRule()));
                if (state == ConditionState.UNKNOWN) {
                    missing.addAll(split(f.getMissingFacts()));
                }
            }
            if (pathwayStatus == PathwayStatus.RECOMMENDED) {
                List<Reason> why = new ArrayList<>(reasons.getOrDefault(code, List.of()));
                why.sort(Comparator.comparingInt(r -> firedAt.getOrDefault(r.rule(), 0)));
                for (Reason r : why) {
                    conditions.add(new ConditionOutcome("RECOMMENDATION", texts.fill(r.nl(), r.en()), ConditionState.MET, r.source(), r.rule()));
                }
            }
            WaitingList wl = waiting.get(code);
            if (wl != null) {
                conditions.add(new ConditionOutcome("WAITING_LIST", texts.fill(wl.nl(), wl.en()), ConditionState.MET, wl.source(), wl.rule()));
            }
            String subgroup = null;
            String track = null;
            for (String kind : List.of("SUBGROUP", "TRACK")) {
                Placement p = placements.get(code + "/" + kind);
                if (p != null && fits) {
                    conditions.add(new ConditionOutcome(kind, texts.fill(p.getNl(), p.getEn()),
                            p.getValue() == null ? ConditionState.UNKNOWN : ConditionState.MET, p.getSource(), p.getRule()));
                    if (kind.equals("SUBGROUP")) {
                        subgroup = p.getValue();
                    } else {
                        track = p.getValue();
                    }
                    missing.addAll(split(p.getMissingFacts()));
                }
            }
            if (pathwayStatus == PathwayStatus.NOT_ELIGIBLE) {
                // A known unmet condition decides on its own: asking more would not change it.
                missing.clear();
            }
            pathways.add(new PathwayOutcome(code, new Text(def.getNameNl(), def.getNameEn()), def.getProgramme(),
                    pathwayStatus, subgroup, track, wl != null, List.copyOf(conditions), List.copyOf(missing)));
        }

        Map<String, Integer> order = new HashMap<>();
        ruleSet.catalogue().forEach(p -> order.put(p.getCode(), p.getOrder()));
        obligations.sort(Comparator
                .comparing((ObligationFact o) -> o.getLaw() != null)
                .thenComparingInt(o -> o.getPathway() == null ? 0 : order.getOrDefault(o.getPathway(), 0))
                .thenComparingInt(o -> firedAt.getOrDefault(o.getRule(), 0)));
        List<Obligation> obligationList = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (ObligationFact o : obligations) {
            if (seen.add(o.getCode() + "/" + o.getPathway() + "/" + o.getLaw())) {
                obligationList.add(new Obligation(o.getCode(), o.getPathway(), o.getLaw(), texts.fill(o.getNl(), o.getEn()),
                        o.getHoursPerWeek(), o.getDurationMonths(), o.getSource()));
            }
        }

        List<FamilyDomain> familyDomains = new ArrayList<>();
        domains.entrySet().stream()
                .sorted(Comparator.comparingInt(e -> DOMAIN_ORDER.indexOf(e.getKey())))
                .forEach(e -> {
                    List<DomainFlag> flags = e.getValue();
                    flags.sort(Comparator.comparingInt(d -> firedAt.getOrDefault(d.rule(), 0)));
                    familyDomains.add(new FamilyDomain(e.getKey(), new Text(
                            String.join(" ", flags.stream().map(DomainFlag::nl).distinct().toList()),
                            String.join(" ", flags.stream().map(DomainFlag::en).distinct().toList()))));
                });

        return new Decision(ruleSet.version(), ruleSet.hash(), match, List.copyOf(pathways), List.copyOf(obligationList),
                List.copyOf(familyDomains), firedRules);
    }

    private static List<String> split(String facts) {
        if (facts == null || facts.isBlank()) {
            return List.of();
        }
        return Arrays.stream(facts.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Fills {fact} placeholders in rule texts with the intake's own values, in one pass. */
    private static final class Placeholders {
        private final Intake intake;
        private final IntakeFacts facts;
        private final boolean redact;

        Placeholders(Intake intake, IntakeFacts facts, boolean redact) {
            this.intake = intake;
            this.facts = facts;
            this.redact = redact;
        }

        Text fill(String nl, String en) {
            return new Text(fill(nl), fill(en));
        }

        private String fill(String text) {
            int open = text == null ? -1 : text.indexOf('{');
            if (open < 0) {
                return text;
            }
            StringBuilder out = new StringBuilder(text.length() + 16);
            int from = 0;
            while (open >= 0) {
                int close = text.indexOf('}', open);
                if (close < 0) {
                    break;
                }
                out.append(text, from, open).append(value(text.substring(open + 1, close)));
                from = close + 1;
                open = text.indexOf('{', from);
            }
            return out.append(text, from, text.length()).toString();
        }

        private String value(String name) {
            return switch (name) {
                case "municipality" -> redact && Intake.UNKNOWN.equals(intake.getMunicipalityCode()) ? TYPED_TEXT
                        : intake.getMunicipalityName();
                case "languageLevel" -> intake.getLanguageLevel();
                case "age" -> Integer.toString(intake.getAge());
                case "teachingExperienceYears" -> String.valueOf(intake.getTeachingExperienceYears());
                case "hoursAvailablePerWeek" -> String.valueOf(intake.getHoursAvailablePerWeek());
                case "subject" -> facts.education() == null ? "" : redact ? TYPED_TEXT : String.valueOf(facts.education().subject());
                default -> "{" + name + "}";
            };
        }
    }
}
