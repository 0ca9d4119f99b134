package nl.wegwijzer.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;

import nl.wegwijzer.advice.ConditionOutcome;
import nl.wegwijzer.advice.ConditionState;
import nl.wegwijzer.advice.Decision;
import nl.wegwijzer.advice.FamilyDomain;
import nl.wegwijzer.advice.MunicipalityMatch;
import nl.wegwijzer.advice.Obligation;
import nl.wegwijzer.advice.PathwayOutcome;
import nl.wegwijzer.advice.PathwayStatus;
import nl.wegwijzer.advice.Text;
import nl.wegwijzer.rules.facts.DomainDef;
import nl.wegwijzer.rules.facts.DomainFlag;
import nl.wegwijzer.rules.facts.Eligibility;
import nl.wegwijzer.rules.facts.Finding;
import nl.wegwijzer.rules.facts.MissingFacts;
import nl.wegwijzer.rules.facts.ObligationFact;
import nl.wegwijzer.rules.facts.PathwayDef;
import nl.wegwijzer.rules.facts.Placement;
import nl.wegwijzer.rules.facts.Reason;
import nl.wegwijzer.rules.facts.Recommended;
import nl.wegwijzer.rules.facts.WaitingList;

/**
 * Puts what the rules concluded into a {@link Decision}: every pathway of the catalogue with its
 * status and conditions, the obligations, the family domains. It decides nothing. Everything is
 * listed in the order the rules are written (file, then row or line), each once, so the same intake
 * reads the same way every time, under every compilation of the same rules.
 */
final class DecisionAssembler {
    private final RuleSet ruleSet;
    private final Outcome outcome;
    private final Placeholders texts;
    private final ToIntFunction<String> place;

    DecisionAssembler(RuleSet ruleSet, Outcome outcome, Placeholders texts) {
        this.ruleSet = ruleSet;
        this.outcome = outcome;
        this.texts = texts;
        Map<String, Integer> positions = ruleSet.positions();
        this.place = rule -> positions.getOrDefault(rule, Integer.MAX_VALUE);
    }

    Decision decision(MunicipalityMatch match) {
        List<String> fired = sorted(outcome.fired().stream().distinct().sorted().toList(), r -> r);
        return new Decision(ruleSet.version(), ruleSet.hash(), match, pathways(), obligations(), familyDomains(), fired);
    }

    private List<PathwayOutcome> pathways() {
        Map<String, String> status = new HashMap<>();
        outcome.statuses().forEach(e -> status.put(e.pathway(), e.status()));
        Set<String> recommended = new LinkedHashSet<>(outcome.recommended().stream().map(Recommended::pathway).toList());
        // Each kind sorted once into the order the rules are written; every pathway then takes its own, in that order.
        List<Finding> findings = sorted(outcome.findings(), Finding::getRule);
        List<Reason> reasons = sorted(outcome.reasons(), Reason::rule);
        List<MissingFacts> missing = sorted(outcome.missing(), MissingFacts::rule);
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
            for (Finding f : findings) {
                if (f.getScope().equals(code) || f.getScope().equals(def.getProgramme())) {
                    conditions.add(new ConditionOutcome(f.getCode(), texts.fill(f.getNl(), f.getEn()), ConditionState.valueOf(f.getState()),
                            f.getSource(), f.getRule()));
                }
            }
            if (pathwayStatus == PathwayStatus.RECOMMENDED) {
                for (Reason r : reasons) {
                    if (r.pathway().equals(code)) {
                        conditions.add(new ConditionOutcome("RECOMMENDATION", texts.fill(r.nl(), r.en()), ConditionState.MET, r.source(), r.rule()));
                    }
                }
            }
            WaitingList wl = outcome.waitingLists().stream().filter(w -> w.pathway().equals(code)).findFirst().orElse(null);
            if (wl != null) {
                conditions.add(new ConditionOutcome("WAITING_LIST", texts.fill(wl.nl(), wl.en()), ConditionState.MET, wl.source(), wl.rule()));
            }
            Placement subgroup = fits ? placement(code, Placement.SUBGROUP) : null;
            Placement track = fits ? placement(code, Placement.TRACK) : null;
            for (Placement p : Arrays.asList(subgroup, track)) {
                if (p != null) {
                    conditions.add(new ConditionOutcome(p.getKind(), texts.fill(p.getNl(), p.getEn()),
                            p.getValue() == null ? ConditionState.UNKNOWN : ConditionState.MET, p.getSource(), p.getRule()));
                }
            }
            pathways.add(new PathwayOutcome(code, new Text(def.getNameNl(), def.getNameEn()), def.getProgramme(), pathwayStatus,
                    subgroup == null ? null : subgroup.getValue(), track == null ? null : track.getValue(),
                    placementName(subgroup, track), wl != null,
                    List.copyOf(conditions), missingFacts(code, missing)));
        }
        return List.copyOf(pathways);
    }

    /** The names of the subgroup and track decided (not those a missing fact keeps open), joined; null when none. */
    private static Text placementName(Placement... placements) {
        List<Placement> named = Arrays.stream(placements)
                .filter(p -> p != null && p.getValue() != null && p.getNameNl() != null).toList();
        if (named.isEmpty()) {
            return null;
        }
        return new Text(named.stream().map(Placement::getNameNl).collect(java.util.stream.Collectors.joining(", ")),
                named.stream().map(p -> p.getNameEn() == null ? p.getNameNl() : p.getNameEn())
                        .collect(java.util.stream.Collectors.joining(", ")));
    }

    private Placement placement(String pathway, String kind) {
        return outcome.placements().stream().filter(p -> p.getPathway().equals(pathway) && p.getKind().equals(kind))
                .min(Comparator.comparingInt(p -> place.applyAsInt(p.getRule()))).orElse(null);
    }

    /** The facts the rules say to ask next for this pathway (none for a pathway that cannot fit). */
    private static List<String> missingFacts(String pathway, List<MissingFacts> inRuleOrder) {
        Set<String> facts = new LinkedHashSet<>();
        for (MissingFacts m : inRuleOrder) {
            if (m.pathway().equals(pathway)) {
                for (String fact : m.facts().split(",")) {
                    if (!fact.isBlank()) {
                        facts.add(fact.strip());
                    }
                }
            }
        }
        return List.copyOf(facts);
    }

    private List<Obligation> obligations() {
        Map<String, Integer> order = new HashMap<>();
        ruleSet.catalogue().forEach(p -> order.put(p.getCode(), p.getOrder()));
        List<ObligationFact> all = new ArrayList<>(sorted(outcome.obligations(), ObligationFact::getRule));
        all.sort(Comparator.comparing((ObligationFact o) -> o.getLaw() != null)
                .thenComparingInt(o -> o.getPathway() == null ? 0 : order.getOrDefault(o.getPathway(), 0)));
        List<Obligation> obligations = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (ObligationFact o : all) {
            if (seen.add(o.getCode() + "/" + o.getPathway() + "/" + o.getLaw())) {
                obligations.add(new Obligation(o.getCode(), o.getPathway(), o.getLaw(), texts.fill(o.getNl(), o.getEn()),
                        o.getHoursPerWeek(), o.getDurationMonths(), o.getSource()));
            }
        }
        return List.copyOf(obligations);
    }

    /** The flagged domains in the flower's order, as the Bloemmodel table defines it, each with its reasons once. */
    private List<FamilyDomain> familyDomains() {
        Map<String, List<DomainFlag>> flags = new LinkedHashMap<>();
        for (DomainFlag flag : sorted(outcome.domainFlags(), DomainFlag::rule)) {
            flags.computeIfAbsent(flag.domain(), d -> new ArrayList<>()).add(flag);
        }
        List<FamilyDomain> domains = new ArrayList<>();
        for (DomainDef def : ruleSet.domains()) {
            List<DomainFlag> reasons = flags.remove(def.getCode());
            if (reasons != null) {
                domains.add(new FamilyDomain(def.getCode(), new Text(def.getNameNl(), def.getNameEn()), reasons(reasons)));
            }
        }
        flags.forEach((code, reasons) -> domains.add(new FamilyDomain(code, new Text(code, code), reasons(reasons))));
        return List.copyOf(domains);
    }

    private Text reasons(List<DomainFlag> flags) {
        return new Text(String.join(" ", flags.stream().map(DomainFlag::nl).distinct().toList()),
                String.join(" ", flags.stream().map(DomainFlag::en).distinct().toList()));
    }

    /**
     * The items in the order their rules are written; items of one rule keep their order. Each rule's
     * place is looked up once (a comparator looked it up twice per comparison).
     */
    private <T> List<T> sorted(List<T> items, java.util.function.Function<T, String> rule) {
        long[] keyed = new long[items.size()];
        for (int i = 0; i < keyed.length; i++) {
            keyed[i] = ((long) place.applyAsInt(rule.apply(items.get(i))) << 32) | i;
        }
        Arrays.sort(keyed);
        List<T> inOrder = new ArrayList<>(keyed.length);
        for (long key : keyed) {
            inOrder.add(items.get((int) key));
        }
        return inOrder;
    }
}
