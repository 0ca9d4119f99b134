package nl.wegwijzer.scenarios;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.wegwijzer.advice.Language;
import nl.wegwijzer.matching.Matcher;
import nl.wegwijzer.matching.Newcomer;
import nl.wegwijzer.matching.Position;
import nl.wegwijzer.matching.Postcodes;
import nl.wegwijzer.matching.WelcomeGroup;
import nl.wegwijzer.rules.RuleSet;

/**
 * Welcome groups and matching in process, for a draft's scenarios: the groups a scenario registers live
 * in memory, the ranking is the same {@link Matcher} under the draft's tables, and the rows that scored
 * count for table coverage. The request was checked against the contract before it gets here.
 */
final class InProcessWelcomeGroups {
    private static final Postcodes POSTCODES = Postcodes.load();
    private final List<WelcomeGroup> groups = new ArrayList<>();
    private final ObjectMapper json;

    InProcessWelcomeGroups(ObjectMapper json) {
        this.json = json;
    }

    JsonNode create(JsonNode request, Instant now) {
        WelcomeGroup group = new WelcomeGroup(UUID.randomUUID(), request.path("partnerOrganisation").asText(), text(request, "postcode"),
                position(request.path("coordinates")), POSTCODES.locate(text(request, "postcode"), position(request.path("coordinates")))
                .orElse(null), codes(request.path("vulnerabilities")), codes(request.path("priorities")), answers(request.path("weegschaal")),
                request.path("capacity").asInt(), request.path("matched").asBoolean(false), now, now);
        groups.add(group);
        return json.createObjectNode().put("id", group.id().toString()).put("partnerOrganisation", group.partnerOrganisation());
    }

    JsonNode match(JsonNode request, RuleSet rules, Language language, Consumer<List<String>> fired) {
        JsonNode n = request.path("newcomer");
        Newcomer newcomer = new Newcomer(POSTCODES.locate(text(n, "postcode"), position(n.path("coordinates"))).orElse(null),
                codes(n.path("vulnerabilities")), codes(n.path("priorities")), answers(n.path("weegschaal")), n.path("householdSize").asInt(1));
        String organisation = text(request, "partnerOrganisation");
        var ranking = Matcher.rank(rules.matching(), newcomer, groups.stream()
                .filter(g -> organisation == null || g.partnerOrganisation().equals(organisation)).toList(), language);
        ObjectNode answer = json.createObjectNode().put("groupsConsidered", ranking.considered());
        ArrayNode candidates = answer.putArray("candidates");
        int limit = request.path("limit").asInt(10);
        for (int i = 0; i < Math.min(limit, ranking.candidates().size()); i++) {
            candidates.add(scored(ranking.candidates().get(i), fired).put("rank", i + 1));
        }
        if (request.path("includeExcluded").asBoolean(false)) {
            ArrayNode excluded = answer.putArray("excluded");
            ranking.excluded().forEach(s -> excluded.add(scored(s, fired)));
        }
        return answer;
    }

    private ObjectNode scored(Matcher.Scored s, Consumer<List<String>> fired) {
        s.criteria().forEach(c -> fired.accept(c.rules()));
        ObjectNode node = json.createObjectNode().put("groupId", s.group().id().toString())
                .put("partnerOrganisation", s.group().partnerOrganisation()).put("score", s.score());
        if (s.distanceKm() != null) {
            node.put("distanceKm", s.distanceKm());
        }
        node.set("criteria", json.valueToTree(s.criteria()));
        return node;
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }

    private static Position position(JsonNode c) {
        return c.isObject() ? new Position(c.path("latitude").asDouble(), c.path("longitude").asDouble()) : null;
    }

    private static Set<String> codes(JsonNode list) {
        Set<String> codes = new HashSet<>();
        list.forEach(c -> codes.add(c.asText()));
        return Set.copyOf(codes);
    }

    private static Map<String, String> answers(JsonNode list) {
        Map<String, String> answers = new HashMap<>();
        list.forEach(a -> answers.putIfAbsent(a.path("set").asText(), a.path("side").asText()));
        return Map.copyOf(answers);
    }
}
