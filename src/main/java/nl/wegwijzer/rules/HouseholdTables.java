package nl.wegwijzer.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.kie.api.KieBase;

import nl.wegwijzer.rules.facts.ChildRuleDef;
import nl.wegwijzer.rules.facts.FamilyLevelDef;
import nl.wegwijzer.rules.facts.HouseholdTablesRequest;

/**
 * The household tables (rules/gezinsdomeinen/huishouden.drl.csv): which pathways and obligations the
 * family shares, and which domains a child's age and school call for. Read once when a rule set is
 * compiled; a household advice looks their rows up. This class only reads and checks them.
 */
public final class HouseholdTables {
    static final List<String> QUERIES = List.of("gezinsniveau", "kindregels");
    static final HouseholdTables NONE = new HouseholdTables(List.of(), List.of());

    private final List<FamilyLevelDef> familyLevel;
    private final List<ChildRuleDef> children;

    private HouseholdTables(List<FamilyLevelDef> familyLevel, List<ChildRuleDef> children) {
        this.familyLevel = List.copyOf(familyLevel);
        this.children = List.copyOf(children);
    }

    static HouseholdTables read(KieBase kieBase, Set<String> pathways, Set<String> domains, List<String> problems) {
        if (!Queries.declared(kieBase, QUERIES)) {
            return NONE; // a rule set from before household advice: every adult is still advised, nothing is shared
        }
        List<FamilyLevelDef> shared = new ArrayList<>();
        List<ChildRuleDef> childRows = new ArrayList<>();
        Queries.readOnce(kieBase, new HouseholdTablesRequest(), session -> {
            shared.addAll(Queries.all(session, "gezinsniveau", FamilyLevelDef.class));
            return childRows.addAll(Queries.all(session, "kindregels", ChildRuleDef.class));
        });
        shared.sort(Comparator.comparing(FamilyLevelDef::getRule));
        childRows.sort(Comparator.comparing(ChildRuleDef::getRule));
        check(shared, childRows, pathways, domains, problems);
        return new HouseholdTables(shared, childRows);
    }

    private static void check(List<FamilyLevelDef> shared, List<ChildRuleDef> childRows, Set<String> pathways, Set<String> domains,
                              List<String> problems) {
        Set<String> seen = new HashSet<>();
        for (FamilyLevelDef f : shared) {
            if (!List.of(FamilyLevelDef.PATHWAY, FamilyLevelDef.OBLIGATION).contains(f.getKind())) {
                problems.add("family-level row '" + f.getRule() + "' names kind " + f.getKind() + " (known: PATHWAY, OBLIGATION)");
            } else if (f.getKind().equals(FamilyLevelDef.PATHWAY) && !pathways.contains(f.getCode())) {
                problems.add("family-level row '" + f.getRule() + "' names unknown pathway " + f.getCode());
            }
            if (!seen.add(f.getKind() + "/" + f.getCode())) {
                problems.add("family-level row '" + f.getRule() + "': another row already makes " + f.getCode() + " family-level");
            }
        }
        for (ChildRuleDef c : childRows) {
            if (c.getFromAge() > c.getToAge() || c.getToAge() > 17) {
                problems.add("children row '" + c.getRule() + "': ages " + c.getFromAge() + " to " + c.getToAge()
                        + " must run upwards and stay under 18 (a person of 18 is an adult of the household)");
            }
            if (!domains.contains(c.getDomain())) {
                problems.add("children row '" + c.getRule() + "' names unknown domain " + c.getDomain());
            }
        }
    }

    /** The rows that make a pathway or an obligation a matter for the whole household, by rule name. */
    public List<FamilyLevelDef> familyLevel() {
        return familyLevel;
    }

    /** The rows for children, by rule name. */
    public List<ChildRuleDef> children() {
        return children;
    }

    /** Whether this pathway is taken by the household as a whole. */
    public boolean familyLevelPathway(String code) {
        return familyLevel.stream().anyMatch(f -> f.getKind().equals(FamilyLevelDef.PATHWAY) && f.getCode().equals(code));
    }
}
