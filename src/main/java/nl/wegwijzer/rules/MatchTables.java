package nl.wegwijzer.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.kie.api.KieBase;

import nl.wegwijzer.rules.facts.MatchRuleDef;
import nl.wegwijzer.rules.facts.MatchTablesRequest;
import nl.wegwijzer.rules.facts.WeighSetDef;

/**
 * Samen Hier's matching tables (rules/samen-hier/koppelen-*.drl.csv), read once when a rule set is
 * compiled and indexed, so that ranking ten thousand groups looks rows up instead of running a session
 * per group. Every weight, bound, exclusion and sentence is a row; this class only finds the row.
 */
public final class MatchTables {
    public static final List<String> CRITERIA = List.of("CAPACITY", "VULNERABILITY", "DISTANCE", "PRIORITIES", "WEEGSCHAAL");
    /** The situations the matcher looks rows up for, per criterion: a row for another never applies. */
    public static final Map<String, List<String>> SITUATIONS = Map.of(
            "CAPACITY", List.of("ROOM", "FULL", "ALREADY_MATCHED"),
            "VULNERABILITY", List.of("SUPPORTED", "NOT_SUPPORTED", "NONE"),
            "DISTANCE", List.of("WITHIN", "BEYOND", "UNKNOWN"),
            "PRIORITIES", List.of("SHARED", "NOT_SHARED", "NONE"),
            "WEEGSCHAAL", List.of("SAME_SIDE", "OTHER_SIDE", "UNKNOWN"));
    static final List<String> QUERIES = List.of("koppelregels", "weegschaal");
    static final MatchTables NONE = new MatchTables(List.of(), List.of());

    /** Criterion, then subject, then situation: looked up without building a key (a ranking looks up a dozen rows per group). */
    private final Map<String, Map<String, Map<String, MatchRuleDef>>> rows = new HashMap<>();
    private final List<MatchRuleDef> distanceBands;
    private final List<MatchRuleDef> all;
    private final List<WeighSetDef> weighSets;

    private MatchTables(List<MatchRuleDef> rules, List<WeighSetDef> weighSets) {
        this.all = List.copyOf(rules);
        this.weighSets = weighSets.stream().sorted(Comparator.comparingInt(WeighSetDef::getOrder)
                .thenComparing(WeighSetDef::getCode)).toList();
        rules.stream().filter(r -> r.getUpToKm() == null).forEach(r -> rows.computeIfAbsent(r.getCriterion(), c -> new HashMap<>())
                .computeIfAbsent(r.getSubject(), c -> new HashMap<>()).putIfAbsent(r.getSituation(), r));
        this.distanceBands = rules.stream().filter(r -> r.getUpToKm() != null)
                .sorted(Comparator.comparingDouble(MatchRuleDef::getUpToKm)).toList();
    }

    static MatchTables read(KieBase kieBase, List<String> problems) {
        if (!Queries.declared(kieBase, QUERIES)) {
            return NONE; // a rule set from before matching: it decides advice, it cannot match
        }
        List<MatchRuleDef> rules = new ArrayList<>();
        List<WeighSetDef> sets = new ArrayList<>();
        Queries.readOnce(kieBase, new MatchTablesRequest(), session -> {
            rules.addAll(Queries.all(session, "koppelregels", MatchRuleDef.class));
            return sets.addAll(Queries.all(session, "weegschaal", WeighSetDef.class));
        });
        rules.sort(Comparator.comparing(MatchRuleDef::getRule));
        check(rules, sets, problems);
        return new MatchTables(rules, sets);
    }

    private static void check(List<MatchRuleDef> rules, List<WeighSetDef> sets, List<String> problems) {
        Set<String> codes = new HashSet<>();
        sets.forEach(s -> {
            if (!codes.add(s.getCode())) {
                problems.add("weegschaal statement set " + s.getCode() + " is defined twice");
            }
        });
        Set<String> seen = new HashSet<>();
        for (MatchRuleDef r : rules) {
            if (!CRITERIA.contains(r.getCriterion())) {
                problems.add("matching row '" + r.getRule() + "' names unknown criterion " + r.getCriterion() + " (known: " + CRITERIA + ")");
            }
            List<String> situations = SITUATIONS.getOrDefault(r.getCriterion(), List.of());
            if (!situations.isEmpty() && !situations.contains(r.getSituation())) {
                problems.add("matching row '" + r.getRule() + "' names situation " + r.getSituation() + "; " + r.getCriterion()
                        + " knows " + situations);
            }
            if (r.getCriterion().equals("DISTANCE") && r.getSituation().equals("WITHIN") != (r.getUpToKm() != null)) {
                problems.add("matching row '" + r.getRule() + "': a WITHIN row has a bound (Tot km), the others none");
            }
            if (r.getCriterion().equals("WEEGSCHAAL") && !r.getSubject().equals(MatchRuleDef.ANY) && !codes.contains(r.getSubject())) {
                problems.add("matching row '" + r.getRule() + "' names unknown weegschaal statement set " + r.getSubject());
            }
            if (r.getUpToKm() == null && !seen.add(key(r.getCriterion(), r.getSubject(), r.getSituation()))) {
                problems.add("matching row '" + r.getRule() + "': another row already scores " + r.getCriterion() + " "
                        + r.getSubject() + " " + r.getSituation());
            }
        }
    }

    private static String key(String criterion, String subject, String situation) {
        return criterion + '/' + subject + '/' + situation;
    }

    /** Whether this rule set can match at all (it has matching tables). */
    public boolean available() {
        return !all.isEmpty();
    }

    /** The row for this criterion, subject and situation; a row for ANY subject when there is none for this one. */
    public Optional<MatchRuleDef> row(String criterion, String subject, String situation) {
        Map<String, Map<String, MatchRuleDef>> bySubject = rows.getOrDefault(criterion, Map.of());
        MatchRuleDef exact = bySubject.getOrDefault(subject, Map.of()).get(situation);
        return Optional.ofNullable(exact != null ? exact : bySubject.getOrDefault(MatchRuleDef.ANY, Map.of()).get(situation));
    }

    /** The distance band a distance falls in: the first whose bound lies above it. */
    public Optional<MatchRuleDef> distanceBand(double km) {
        for (MatchRuleDef band : distanceBands) {
            if (km < band.getUpToKm()) {
                return Optional.of(band);
            }
        }
        return Optional.empty();
    }

    /** The bound of the widest distance band (what "further than" means in a sentence); 0 without bands. */
    public double largestDistanceBound() {
        return distanceBands.isEmpty() ? 0 : distanceBands.get(distanceBands.size() - 1).getUpToKm();
    }

    public List<WeighSetDef> weighSets() {
        return weighSets;
    }

    public List<MatchRuleDef> rows() {
        return all;
    }
}
