package nl.wegwijzer.scenarios;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.wegwijzer.advice.Language;
import nl.wegwijzer.contract.MatchMapper;
import nl.wegwijzer.contract.generated.model.WelcomeGroupMatch;
import nl.wegwijzer.contract.generated.model.WelcomeGroupMatchRequest;
import nl.wegwijzer.contract.generated.model.WelcomeGroupRequest;
import nl.wegwijzer.matching.Matcher;
import nl.wegwijzer.matching.Postcodes;
import nl.wegwijzer.matching.WelcomeGroup;
import nl.wegwijzer.matching.WelcomeGroups;
import nl.wegwijzer.rules.RuleSet;

/**
 * Welcome groups and matching in process, for a draft's scenarios: the groups a scenario registers live
 * in memory, the ranking is the same {@link Matcher} under the draft's tables with the API's mapping, and
 * the rows that scored count for table coverage. The request was checked against the contract before it
 * gets here.
 */
final class InProcessWelcomeGroups {
    private final List<WelcomeGroup> groups = new ArrayList<>();
    private final ObjectMapper json;

    InProcessWelcomeGroups(ObjectMapper json) {
        this.json = json;
    }

    JsonNode create(JsonNode body, Instant now) throws JsonProcessingException {
        WelcomeGroups.Details d = MatchMapper.details(json.treeToValue(body, WelcomeGroupRequest.class));
        WelcomeGroup group = new WelcomeGroup(UUID.randomUUID(), d.partnerOrganisation(), d.postcode(), d.coordinates(),
                Postcodes.shipped().locate(d.postcode(), d.coordinates()).orElse(null), d.vulnerabilities(), d.priorities(),
                d.weegschaal(), d.capacity(), d.matched(), now, now);
        groups.add(group);
        return json.valueToTree(MatchMapper.toDto(group));
    }

    JsonNode match(JsonNode body, RuleSet rules, Language language, Instant now, Consumer<List<String>> fired)
            throws JsonProcessingException {
        WelcomeGroupMatchRequest request = json.treeToValue(body, WelcomeGroupMatchRequest.class);
        String organisation = request.getPartnerOrganisation();
        Matcher.Ranking ranking = Matcher.rank(rules.matching(), MatchMapper.newcomer(request.getNewcomer(), Postcodes.shipped()),
                groups.stream().filter(g -> organisation == null || g.partnerOrganisation().equals(organisation)).toList(), language);
        WelcomeGroupMatch answer = MatchMapper.answer(UUID.randomUUID(), now, rules, ranking, request.getLimit(), request.getReference());
        answer.getCandidates().forEach(c -> c.getCriteria().forEach(criterion -> fired.accept(criterion.getRules())));
        if (Boolean.TRUE.equals(request.getIncludeExcluded())) {
            answer.excluded(MatchMapper.excluded(ranking));
            answer.getExcluded().forEach(c -> c.getCriteria().forEach(criterion -> fired.accept(criterion.getRules())));
        }
        return json.valueToTree(answer);
    }
}
