package nl.wegwijzer.scenarios;

import nl.wegwijzer.contract.AdviceMapper;
import nl.wegwijzer.contract.CatalogueMapper;
import nl.wegwijzer.contract.Contract;
import nl.wegwijzer.contract.Vocabulary;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.wegwijzer.advice.Advice;
import nl.wegwijzer.advice.Decision;
import nl.wegwijzer.advice.Language;
import nl.wegwijzer.advice.Advisor;
import nl.wegwijzer.advice.FactNames;
import nl.wegwijzer.contract.generated.model.AssessmentRequest;
import nl.wegwijzer.contract.generated.model.HouseholdRequest;
import nl.wegwijzer.contract.HouseholdMapper;
import nl.wegwijzer.advice.HouseholdAdvisor;
import nl.wegwijzer.advice.HouseholdDecision;
import nl.wegwijzer.advice.HouseholdFacts;
import nl.wegwijzer.rules.RuleEngine;
import nl.wegwijzer.rules.RuleSet;

/**
 * The assessment API in process, deciding with a given rule set (a draft): the same contract
 * validation and mapping as over HTTP, nothing stored, nothing logged. Lets the rule scenarios run
 * against a draft before anyone publishes it.
 */
public final class InProcessExchange implements Exchange {
    private final RuleSet rules;
    private final RuleEngine engine;
    private final Contract contract;
    private final FactNames facts;
    private final ObjectMapper json;
    private final Clock clock;
    private final Consumer<List<String>> firedRules;
    private final Map<String, JsonNode> advices = new HashMap<>();
    private final InProcessWelcomeGroups welcomeGroups;
    private int status;
    private JsonNode body = com.fasterxml.jackson.databind.node.MissingNode.getInstance();

    InProcessExchange(RuleSet rules, RuleEngine engine, Contract contract, FactNames facts, ObjectMapper json, Clock clock,
                      Consumer<List<String>> firedRules) {
        this.rules = rules;
        this.engine = engine;
        this.contract = contract;
        this.facts = facts;
        this.json = json;
        this.clock = clock;
        this.firedRules = firedRules;
        this.welcomeGroups = new InProcessWelcomeGroups(json);
    }

    /** Exchanges for the scenario runner, each deciding with the rules it is opened for. */
    public static Scenarios.ExchangeFactory factory(RuleEngine engine, Contract contract, Vocabulary vocabulary, ObjectMapper json,
                                                   Clock clock) {
        FactNames facts = vocabulary.names();
        return (rules, fired) -> new InProcessExchange(rules, engine, contract, facts, json, clock, fired);
    }

    @Override
    public void send(String method, String path, String contentType, byte[] content, Map<String, String> headers) {
        Language language = Language.fromAcceptLanguage(headers.get("Accept-Language"));
        if (method.equals("POST") && path.equals("/api/v1/assessments")) {
            assess(content == null ? "" : new String(content, StandardCharsets.UTF_8), language);
        } else if (method.equals("POST") && path.equals("/api/v1/household-assessments")) {
            household(content == null ? "" : new String(content, StandardCharsets.UTF_8), language);
        } else if (method.equals("POST") && (path.equals("/api/v1/welcome-groups") || path.equals("/api/v1/welcome-group-matches"))) {
            welcome(path, content == null ? "" : new String(content, StandardCharsets.UTF_8), language);
        } else if (method.equals("GET") && path.startsWith("/api/v1/pathways")) {
            answer(200, json.valueToTree(CatalogueMapper.catalogue(rules, language)));
        } else if (method.equals("GET") && path.startsWith("/api/v1/assessments/") && advices.containsKey(path)) {
            answer(200, advices.get(path));
        } else {
            problem(404, "In process, scenarios can ask for advice (one person or a household), the catalogue and their own advices only: " + method + " " + path);
        }
    }

    private void assess(String text, Language language) {
        JsonNode request = valid(text, "AssessmentRequest");
        if (request == null) {
            return;
        }
        try {
            var intake = AdviceMapper.toIntake(json.treeToValue(request, AssessmentRequest.class));
            Decision decision = engine.decide(intake, rules);
            firedRules.accept(decision.firedRules());
            Advice advice = Advisor.unsaved(intake, decision, facts, clock.instant());
            JsonNode dto = json.valueToTree(AdviceMapper.toDto(advice, language));
            advices.put("/api/v1/assessments/" + advice.id(), dto);
            answer(201, dto);
        } catch (JsonProcessingException e) {
            problem(400, "The body cannot be read as an intake");
        }
    }

    private void household(String text, Language language) {
        JsonNode request = valid(text, "HouseholdRequest");
        if (request == null) {
            return;
        }
        try {
            HouseholdFacts household = HouseholdMapper.toFacts(json.treeToValue(request, HouseholdRequest.class));
            HouseholdDecision decision = engine.decide(household, rules);
            firedRules.accept(decision.firedRules());
            answer(201, json.valueToTree(HouseholdMapper.toDto(HouseholdAdvisor.of(UUID.randomUUID(), household, decision, facts,
                    clock.instant()), household, language)));
        } catch (JsonProcessingException e) {
            problem(400, "The body cannot be read as a household");
        }
    }

    private void welcome(String path, String text, Language language) {
        boolean groups = path.equals("/api/v1/welcome-groups");
        JsonNode request = valid(text, groups ? "WelcomeGroupRequest" : "WelcomeGroupMatchRequest");
        if (request == null) {
            return;
        }
        try {
            if (groups) {
                answer(201, welcomeGroups.create(request, clock.instant()));
            } else if (!request.path("newcomer").isObject()) {
                problem(400, "In process, a match describes the newcomer (no stored assessments here)");
            } else {
                answer(201, welcomeGroups.match(request, rules, language, clock.instant(), firedRules));
            }
        } catch (JsonProcessingException e) {
            problem(400, "The body cannot be read as " + (groups ? "a welcome group" : "a match request"));
        }
    }

    /** The request checked against its schema in the contract; null (and the problem answered) when it is not valid. */
    private JsonNode valid(String text, String schema) {
        JsonNode request;
        try {
            request = json.readTree(text);
        } catch (JsonProcessingException e) {
            problem(400, "The body is not well-formed JSON");
            return null;
        }
        if (request == null || !request.isObject()) {
            problem(400, "The body must be a JSON object");
            return null;
        }
        Contract.dropNulls(request);
        List<Contract.FieldError> errors = contract.validate(schema, request);
        if (!errors.isEmpty()) {
            ObjectNode problem = problemBody(400, "Invalid request");
            errors.forEach(e -> problem.withArray("errors").addObject().put("pointer", e.pointer()).put("field", e.field())
                    .put("detail", e.detail()));
            answer(400, problem);
            return null;
        }
        return request;
    }

    private void problem(int code, String detail) {
        answer(code, problemBody(code, detail));
    }

    private ObjectNode problemBody(int code, String detail) {
        ObjectNode problem = json.createObjectNode();
        problem.put("status", code).put("title", code == 404 ? "Not found" : "Invalid request").put("detail", detail);
        return problem;
    }

    private void answer(int code, JsonNode content) {
        status = code;
        body = content;
    }

    @Override
    public int status() {
        return status;
    }

    @Override
    public Optional<String> header(String name) {
        return name.equalsIgnoreCase(Contract.VERSION_HEADER) ? Optional.of(contract.version()) : Optional.empty();
    }

    @Override
    public String text() {
        return body.toString();
    }

    @Override
    public JsonNode body() {
        return body;
    }
}
