package nl.wegwijzer.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.wegwijzer.advice.Decision;
import nl.wegwijzer.advice.HouseholdDecision;
import nl.wegwijzer.advice.HouseholdFacts;
import nl.wegwijzer.advice.Obligation;
import nl.wegwijzer.advice.PathwayOutcome;
import nl.wegwijzer.advice.PathwayStatus;
import nl.wegwijzer.advice.Text;
import nl.wegwijzer.rules.facts.ChildRuleDef;
import nl.wegwijzer.rules.facts.DomainDef;
import nl.wegwijzer.rules.facts.DomainFlag;
import nl.wegwijzer.rules.facts.FamilyLevelDef;

/**
 * Puts a household's decision together from each adult's decision and the household tables: the
 * domains every member's facts flag (each reason once, with the members who give it), the pathways the
 * family takes together and the obligations that concern all of it. It decides nothing the rows do not.
 */
final class HouseholdAssembler {
    /** Best first: the household's status for a shared pathway is the best any adult has. */
    private static final List<PathwayStatus> BEST_FIRST = List.of(PathwayStatus.RECOMMENDED, PathwayStatus.ELIGIBLE,
            PathwayStatus.UNDETERMINED, PathwayStatus.NOT_ELIGIBLE);

    private final RuleSet ruleSet;
    private final Map<String, Integer> positions;

    HouseholdAssembler(RuleSet ruleSet) {
        this.ruleSet = ruleSet;
        this.positions = ruleSet.positions();
    }

    /** One adult's part: their decision and the domain flags their session raised. */
    record AdultOutcome(Decision decision, List<DomainFlag> flags) {
    }

    HouseholdDecision decision(HouseholdFacts facts, List<AdultOutcome> adults) {
        Set<String> fired = new LinkedHashSet<>();
        adults.forEach(a -> fired.addAll(a.decision().firedRules()));
        List<HouseholdDecision.Domain> domains = domains(facts, adults, fired);
        List<HouseholdDecision.SharedPathway> pathways = new ArrayList<>();
        List<HouseholdDecision.SharedObligation> obligations = new ArrayList<>();
        for (FamilyLevelDef row : ruleSet.household().familyLevel()) {
            Text reason = new Text(row.getNl(), row.getEn());
            if (row.getKind().equals(FamilyLevelDef.PATHWAY)) {
                shared(row, reason, adults).ifPresent(p -> {
                    pathways.add(p);
                    fired.add(row.getRule());
                });
            } else {
                List<String> members = new ArrayList<>();
                Obligation found = null;
                for (int i = 0; i < adults.size(); i++) {
                    for (Obligation o : adults.get(i).decision().obligations()) {
                        if (o.code().equals(row.getCode())) {
                            members.add(adult(i));
                            found = found == null ? o : found;
                            break;
                        }
                    }
                }
                if (found != null) {
                    obligations.add(new HouseholdDecision.SharedObligation(row.getCode(), found.description(), members, reason,
                            row.getRule()));
                    fired.add(row.getRule());
                }
            }
        }
        List<String> rules = fired.stream().sorted(Comparator.comparingInt((String r) -> positions.getOrDefault(r, Integer.MAX_VALUE))
                .thenComparing(r -> r)).toList();
        return new HouseholdDecision(ruleSet.version(), ruleSet.hash(), adults.stream().map(AdultOutcome::decision).toList(),
                domains, pathways, obligations, rules);
    }

    private java.util.Optional<HouseholdDecision.SharedPathway> shared(FamilyLevelDef row, Text reason, List<AdultOutcome> adults) {
        PathwayOutcome best = null;
        List<String> members = new ArrayList<>();
        for (int i = 0; i < adults.size(); i++) {
            for (PathwayOutcome p : adults.get(i).decision().pathways()) {
                if (!p.code().equals(row.getCode())) {
                    continue;
                }
                int rank = BEST_FIRST.indexOf(p.status());
                if (best == null || rank < BEST_FIRST.indexOf(best.status())) {
                    best = p;
                    members.clear();
                }
                if (p.status() == best.status()) {
                    members.add(adult(i));
                }
            }
        }
        return best == null ? java.util.Optional.empty() : java.util.Optional.of(new HouseholdDecision.SharedPathway(
                best.code(), best.name(), best.status(), List.copyOf(members), reason, row.getRule()));
    }

    /** The domains in the flower's order; in each, the reasons in the order the rules are written, each once. */
    private List<HouseholdDecision.Domain> domains(HouseholdFacts facts, List<AdultOutcome> adults, Set<String> fired) {
        record Key(String domain, String rule, Text text) {
        }
        Map<Key, List<String>> reasons = new LinkedHashMap<>();
        for (int i = 0; i < adults.size(); i++) {
            for (DomainFlag flag : adults.get(i).flags()) {
                List<String> members = reasons.computeIfAbsent(new Key(flag.domain(), flag.rule(), new Text(flag.nl(), flag.en())),
                        k -> new ArrayList<>());
                if (!members.contains(adult(i))) {
                    members.add(adult(i));
                }
            }
        }
        for (int j = 0; j < facts.children().size(); j++) {
            HouseholdFacts.Child child = facts.children().get(j);
            for (ChildRuleDef row : ruleSet.household().children()) {
                if (row.applies(child.age(), child.school())) {
                    String age = Integer.toString(child.age());
                    reasons.computeIfAbsent(new Key(row.getDomain(), row.getRule(),
                            new Text(row.getNl().replace("{leeftijd}", age), row.getEn().replace("{leeftijd}", age))),
                            k -> new ArrayList<>()).add("/children/" + j);
                    fired.add(row.getRule());
                }
            }
        }
        List<Map.Entry<Key, List<String>>> ordered = new ArrayList<>(reasons.entrySet());
        ordered.sort(Comparator.comparingInt((Map.Entry<Key, List<String>> e) -> positions.getOrDefault(e.getKey().rule(), Integer.MAX_VALUE))
                .thenComparing(e -> e.getKey().rule()).thenComparing(e -> e.getKey().text().nl()));
        List<HouseholdDecision.Domain> domains = new ArrayList<>();
        for (DomainDef def : ruleSet.domains()) {
            List<HouseholdDecision.Reason> list = ordered.stream().filter(e -> e.getKey().domain().equals(def.getCode()))
                    .map(e -> new HouseholdDecision.Reason(e.getKey().text(), List.copyOf(e.getValue()), e.getKey().rule())).toList();
            if (!list.isEmpty()) {
                domains.add(new HouseholdDecision.Domain(def.getCode(), new Text(def.getNameNl(), def.getNameEn()), list));
            }
        }
        return List.copyOf(domains);
    }

    private static String adult(int index) {
        return "/adults/" + index;
    }
}
