package nl.wegwijzer.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.kie.api.KieBase;

import nl.wegwijzer.rules.facts.AvailabilityDef;
import nl.wegwijzer.rules.facts.CatalogueRequest;
import nl.wegwijzer.rules.facts.Cohort;
import nl.wegwijzer.rules.facts.DomainDef;
import nl.wegwijzer.rules.facts.MunicipalityDef;
import nl.wegwijzer.rules.facts.PathwayDef;

/**
 * The tables that define rather than decide (the catalogue, municipalities, availability, cohorts,
 * the Bloemmodel's domains): read once when a rule set is compiled, checked against each other, and
 * attached to the pathways, so no decision has to insert them.
 */
final class ReferenceTables {
    private static final java.text.Collator DUTCH = java.text.Collator.getInstance(java.util.Locale.forLanguageTag("nl"));
    record Data(List<PathwayDef> pathways, List<MunicipalityDef> municipalities, List<AvailabilityDef> availability,
                List<Cohort> cohorts, List<DomainDef> domains, Set<String> rules, MatchTables matching,
                HouseholdTables household) {
    }

    /** The queries a rule set must declare for its reference tables. */
    static final List<String> QUERIES = List.of("trajecten", "gemeenten", "beschikbaarheid", "cohorten", "domeinen");

    private ReferenceTables() {
    }

    static Data read(KieBase kieBase, List<String> problems) {
        List<PathwayDef> pathways = new ArrayList<>();
        List<MunicipalityDef> municipalities = new ArrayList<>();
        List<AvailabilityDef> availability = new ArrayList<>();
        List<Cohort> cohorts = new ArrayList<>();
        List<DomainDef> domains = new ArrayList<>();
        Queries.readOnce(kieBase, new CatalogueRequest(), session -> {
            pathways.addAll(Queries.all(session, "trajecten", PathwayDef.class));
            municipalities.addAll(Queries.all(session, "gemeenten", MunicipalityDef.class));
            availability.addAll(Queries.all(session, "beschikbaarheid", AvailabilityDef.class));
            cohorts.addAll(Queries.all(session, "cohorten", Cohort.class));
            return domains.addAll(Queries.all(session, "domeinen", DomainDef.class));
        });
        pathways.sort(Comparator.comparingInt(PathwayDef::getOrder).thenComparing(PathwayDef::getCode));
        municipalities.sort(Comparator.comparing(MunicipalityDef::name));
        availability.sort(Comparator.comparing(AvailabilityDef::pathway).thenComparing(AvailabilityDef::cbsCode));
        domains.sort(Comparator.comparingInt(DomainDef::getOrder).thenComparing(DomainDef::getCode));
        check(pathways, municipalities, availability, cohorts, problems);
        return new Data(pathways, municipalities, availability, cohorts, domains, referenceRules(kieBase),
                MatchTables.read(kieBase, problems),
                HouseholdTables.read(kieBase, pathways.stream().map(PathwayDef::getCode).collect(Collectors.toSet()),
                        domains.stream().map(DomainDef::getCode).collect(Collectors.toSet()), problems));
    }

    /**
     * The rows of reference tables: rules that match the catalogue request, read once at load. A rule
     * that merely fired in that session (a row without conditions) is a decision rule all the same.
     */
    private static Set<String> referenceRules(KieBase kieBase) {
        Set<String> names = new java.util.HashSet<>();
        kieBase.getKiePackages().forEach(p -> p.getRules().forEach(rule -> {
            if (((org.drools.base.definitions.rule.impl.RuleImpl) rule).getLhs().getNestedElements().stream()
                    .anyMatch(e -> e instanceof org.drools.base.rule.Pattern pattern
                            && pattern.getObjectType() instanceof org.drools.base.base.ClassObjectType type
                            && type.getClassType() == CatalogueRequest.class)) {
                names.add(rule.getName());
            }
        }));
        return Set.copyOf(names);
    }

    private static void check(List<PathwayDef> pathways, List<MunicipalityDef> municipalities, List<AvailabilityDef> availability,
                              List<Cohort> cohorts, List<String> problems) {
        if (pathways.isEmpty()) {
            problems.add("no pathways: the catalogue tables define none");
        }
        Map<String, PathwayDef> byCode = new LinkedHashMap<>();
        pathways.forEach(p -> {
            if (byCode.put(p.getCode(), p) != null) {
                problems.add("pathway " + p.getCode() + " is defined twice");
            }
        });
        Map<String, MunicipalityDef> byCbs = new LinkedHashMap<>();
        municipalities.forEach(m -> {
            if (byCbs.put(m.cbsCode(), m) != null) {
                problems.add("municipality " + m.cbsCode() + " is defined twice");
            }
        });
        for (AvailabilityDef a : availability) {
            if (!byCode.containsKey(a.pathway())) {
                problems.add("availability names unknown pathway " + a.pathway());
            }
            if (!a.isEverywhere() && !byCbs.containsKey(a.cbsCode())) {
                problems.add("availability of " + a.pathway() + " names unknown CBS code " + a.cbsCode());
            }
        }
        for (Cohort c : cohorts) {
            if (!byCode.containsKey(c.pathway())) {
                problems.add("cohort names unknown pathway " + c.pathway());
            }
        }
        for (PathwayDef p : pathways) {
            List<AvailabilityDef> rows = availability.stream().filter(a -> a.pathway().equals(p.getCode())).toList();
            if (rows.isEmpty()) {
                problems.add("pathway " + p.getCode() + " has no availability row: it would be available nowhere");
            }
            List<AvailabilityDef> local = rows.stream().filter(a -> !a.isEverywhere()).toList();
            // In alphabetical order, as an officer reads them out (the order rows fire in is no order for a reader).
            p.locate(local.stream().map(a -> byCbs.get(a.cbsCode())).filter(Objects::nonNull).map(MunicipalityDef::name)
                            .distinct().sorted(DUTCH).toList(),
                    local.stream().map(AvailabilityDef::cbsCode).collect(Collectors.toSet()),
                    rows.stream().anyMatch(AvailabilityDef::isEverywhere),
                    String.join("; ", rows.stream().map(AvailabilityDef::source).distinct().toList()));
            cohorts.stream().filter(c -> c.pathway().equals(p.getCode())).findFirst()
                    .ifPresent(c -> p.cohort(c.capacity(), c.isFull(), c.source()));
        }
    }
}
