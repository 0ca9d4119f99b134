package nl.wegwijzer.contract;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.wegwijzer.contract.generated.model.Coordinates;
import nl.wegwijzer.contract.generated.model.GroupVulnerability;
import nl.wegwijzer.contract.generated.model.MatchCandidate;
import nl.wegwijzer.contract.generated.model.MatchCriterion;
import nl.wegwijzer.contract.generated.model.MatchNewcomer;
import nl.wegwijzer.contract.generated.model.Priority;
import nl.wegwijzer.contract.generated.model.Vulnerability;
import nl.wegwijzer.contract.generated.model.WeegschaalAnswer;
import nl.wegwijzer.contract.generated.model.WelcomeGroup;
import nl.wegwijzer.contract.generated.model.WelcomeGroupMatch;
import nl.wegwijzer.contract.generated.model.WelcomeGroupRequest;
import nl.wegwijzer.matching.Matcher;
import nl.wegwijzer.matching.Newcomer;
import nl.wegwijzer.matching.Postcodes;
import nl.wegwijzer.rules.RuleSet;
import nl.wegwijzer.matching.Position;
import nl.wegwijzer.matching.WelcomeGroups;

/**
 * Between the contract's welcome-group models and the matching package's records: one mapping for the
 * API and for a draft's scenarios in process, so both answer alike.
 */
public final class MatchMapper {
    private MatchMapper() {
    }

    /** A newcomer as a match request describes them; the neighbourhood located by coordinates or postcode area. */
    public static Newcomer newcomer(MatchNewcomer n, Postcodes postcodes) {
        return new Newcomer(postcodes.locate(n.getPostcode(), position(n.getCoordinates())).orElse(null),
                codes(n.getVulnerabilities().stream().map(Vulnerability::getValue).toList()),
                codes(n.getPriorities().stream().map(Priority::getValue).toList()), answers(n.getWeegschaal()),
                n.getHouseholdSize() == null ? 1 : n.getHouseholdSize());
    }

    /** The ranking's first {@code limit} candidates, numbered, as the answer to a match (without the groups left out). */
    public static WelcomeGroupMatch answer(UUID id, Instant createdAt, RuleSet rules, Matcher.Ranking ranking, Integer limit,
                                           String reference) {
        int first = Math.min(limit == null ? 10 : limit, ranking.candidates().size());
        List<MatchCandidate> candidates = new java.util.ArrayList<>(first);
        for (int i = 0; i < first; i++) {
            candidates.add(candidate(ranking.candidates().get(i), i + 1));
        }
        return new WelcomeGroupMatch(id, createdAt.atOffset(ZoneOffset.UTC), AdviceMapper.versionNumber(rules.version()), rules.hash(),
                ranking.considered(), candidates).reference(reference);
    }

    /** The groups the ranking left out, each with the criteria that did. */
    public static List<MatchCandidate> excluded(Matcher.Ranking ranking) {
        return ranking.excluded().stream().map(s -> candidate(s, null)).toList();
    }

    public static WelcomeGroups.Details details(WelcomeGroupRequest r) {
        return new WelcomeGroups.Details(r.getPartnerOrganisation().strip(), r.getPostcode(), position(r.getCoordinates()),
                codes(r.getVulnerabilities().stream().map(GroupVulnerability::getValue).toList()),
                codes(r.getPriorities().stream().map(Priority::getValue).toList()), answers(r.getWeegschaal()), r.getCapacity(),
                Boolean.TRUE.equals(r.getMatched()));
    }

    public static Position position(Coordinates c) {
        return c == null ? null : new Position(c.getLatitude(), c.getLongitude());
    }

    public static Set<String> codes(List<String> codes) {
        return Set.copyOf(codes);
    }

    /** The answers by statement set; a set answered twice keeps its first answer (the caller is told). */
    public static Map<String, String> answers(List<WeegschaalAnswer> answers) {
        Map<String, String> bySet = new LinkedHashMap<>();
        answers.forEach(a -> bySet.putIfAbsent(a.getSet(), a.getSide().getValue()));
        return Map.copyOf(bySet);
    }

    public static WelcomeGroup toDto(nl.wegwijzer.matching.WelcomeGroup g) {
        WelcomeGroup dto = new WelcomeGroup(g.partnerOrganisation(), g.capacity(), g.id(), g.createdAt().atOffset(ZoneOffset.UTC),
                g.updatedAt().atOffset(ZoneOffset.UTC));
        WelcomeGroupRequest shape = toRequest(WelcomeGroups.details(g));
        return dto.postcode(shape.getPostcode()).coordinates(shape.getCoordinates()).vulnerabilities(shape.getVulnerabilities())
                .priorities(shape.getPriorities()).weegschaal(shape.getWeegschaal()).matched(g.matched());
    }

    public static WelcomeGroupRequest toRequest(WelcomeGroups.Details d) {
        return new WelcomeGroupRequest(d.partnerOrganisation(), d.capacity()).postcode(d.postcode())
                .coordinates(d.coordinates() == null ? null : new Coordinates(d.coordinates().latitude(), d.coordinates().longitude()))
                .vulnerabilities(new TreeSet<>(d.vulnerabilities()).stream().map(GroupVulnerability::fromValue)
                        .collect(Collectors.toCollection(java.util.LinkedHashSet::new)))
                .priorities(new TreeSet<>(d.priorities()).stream().map(Priority::fromValue)
                        .collect(Collectors.toCollection(java.util.LinkedHashSet::new)))
                .weegschaal(d.weegschaal().entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .map(e -> new WeegschaalAnswer(e.getKey(), WeegschaalAnswer.SideEnum.fromValue(e.getValue()))).toList())
                .matched(d.matched());
    }

    public static MatchCandidate candidate(Matcher.Scored s, Integer rank) {
        return new MatchCandidate(s.group().id(), s.group().partnerOrganisation(), s.score(), s.criteria().stream()
                .map(c -> new MatchCriterion(MatchCriterion.CriterionEnum.fromValue(c.criterion()),
                        MatchCriterion.OutcomeEnum.fromValue(c.outcome()), c.points(), c.excludes(), c.explanation(), c.rules()))
                .toList()).rank(rank).distanceKm(s.distanceKm());
    }
}
