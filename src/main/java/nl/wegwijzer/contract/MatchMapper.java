package nl.wegwijzer.api;

import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import nl.wegwijzer.contract.generated.model.Coordinates;
import nl.wegwijzer.contract.generated.model.GroupVulnerability;
import nl.wegwijzer.contract.generated.model.MatchCandidate;
import nl.wegwijzer.contract.generated.model.MatchCriterion;
import nl.wegwijzer.contract.generated.model.Priority;
import nl.wegwijzer.contract.generated.model.WeegschaalAnswer;
import nl.wegwijzer.contract.generated.model.WelcomeGroup;
import nl.wegwijzer.contract.generated.model.WelcomeGroupRequest;
import nl.wegwijzer.matching.Matcher;
import nl.wegwijzer.matching.Position;
import nl.wegwijzer.matching.WelcomeGroups;

/** Between the contract's welcome-group models and the matching package's records. */
final class WelcomeGroupAnswers {
    private WelcomeGroupAnswers() {
    }

    static WelcomeGroups.Details details(WelcomeGroupRequest r) {
        return new WelcomeGroups.Details(r.getPartnerOrganisation().strip(), r.getPostcode(), position(r.getCoordinates()),
                codes(r.getVulnerabilities().stream().map(GroupVulnerability::getValue).toList()),
                codes(r.getPriorities().stream().map(Priority::getValue).toList()), answers(r.getWeegschaal()), r.getCapacity(),
                Boolean.TRUE.equals(r.getMatched()));
    }

    static Position position(Coordinates c) {
        return c == null ? null : new Position(c.getLatitude(), c.getLongitude());
    }

    static Set<String> codes(List<String> codes) {
        return Set.copyOf(codes);
    }

    /** The answers by statement set; a set answered twice keeps its first answer (the caller is told). */
    static Map<String, String> answers(List<WeegschaalAnswer> answers) {
        Map<String, String> bySet = new LinkedHashMap<>();
        answers.forEach(a -> bySet.putIfAbsent(a.getSet(), a.getSide().getValue()));
        return Map.copyOf(bySet);
    }

    static WelcomeGroup toDto(nl.wegwijzer.matching.WelcomeGroup g) {
        WelcomeGroup dto = new WelcomeGroup(g.partnerOrganisation(), g.capacity(), g.id(), g.createdAt().atOffset(ZoneOffset.UTC),
                g.updatedAt().atOffset(ZoneOffset.UTC));
        WelcomeGroupRequest shape = toRequest(WelcomeGroups.details(g));
        return dto.postcode(shape.getPostcode()).coordinates(shape.getCoordinates()).vulnerabilities(shape.getVulnerabilities())
                .priorities(shape.getPriorities()).weegschaal(shape.getWeegschaal()).matched(g.matched());
    }

    static WelcomeGroupRequest toRequest(WelcomeGroups.Details d) {
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

    static MatchCandidate candidate(Matcher.Scored s, Integer rank) {
        return new MatchCandidate(s.group().id(), s.group().partnerOrganisation(), s.score(), s.criteria().stream()
                .map(c -> new MatchCriterion(MatchCriterion.CriterionEnum.fromValue(c.criterion()),
                        MatchCriterion.OutcomeEnum.fromValue(c.outcome()), c.points(), c.excludes(), c.explanation(), c.rules()))
                .toList()).rank(rank).distanceKm(s.distanceKm());
    }
}
