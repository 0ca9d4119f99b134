package nl.wegwijzer.pages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;

import nl.wegwijzer.contract.Contract;
import nl.wegwijzer.contract.generated.AssessmentsApi;
import nl.wegwijzer.contract.generated.DraftsApi;
import nl.wegwijzer.contract.generated.PathwaysApi;
import nl.wegwijzer.contract.generated.RulesetsApi;
import nl.wegwijzer.contract.generated.StatisticsApi;
import nl.wegwijzer.contract.generated.model.AssessmentRequest;
import nl.wegwijzer.contract.generated.model.PathwayInfo;

/**
 * The public API as the pages use it: its operations, called in process as the signed-in person,
 * with the same checks of roles and ownership and the same validation against the contract. The
 * pages hold no logic of their own about advice or rules.
 */
@Component
public class PageApi {
    static final String DUTCH = "nl";

    final AssessmentsApi assessments;
    final PathwaysApi pathways;
    final RulesetsApi rulesets;
    final DraftsApi drafts;
    final StatisticsApi statistics;
    private final Contract contract;
    private final ObjectMapper json;
    private final Labels labels;

    public PageApi(AssessmentsApi assessments, PathwaysApi pathways, RulesetsApi rulesets, DraftsApi drafts, StatisticsApi statistics,
                   Contract contract, ObjectMapper json, Labels labels) {
        this.labels = labels;
        this.assessments = assessments;
        this.pathways = pathways;
        this.rulesets = rulesets;
        this.drafts = drafts;
        this.statistics = statistics;
        this.contract = contract;
        this.json = json;
    }

    /** An intake request checked against the contract: the request, or the errors by field path. */
    public record Checked(AssessmentRequest request, Map<String, String> errors) {
    }

    public Checked check(ObjectNode body) {
        Contract.dropNulls(body);
        List<Contract.FieldError> errors = contract.validate("AssessmentRequest", body);
        if (!errors.isEmpty()) {
            Map<String, String> byField = new LinkedHashMap<>();
            for (Contract.FieldError error : errors) {
                String field = error.field().replaceAll("\\[\\d+]$", "");
                byField.merge(field, dutch(error), (a, b) -> a.equals(b) ? a : a + "; " + b);
            }
            return new Checked(null, byField);
        }
        try {
            return new Checked(json.treeToValue(body, AssessmentRequest.class), Map.of());
        } catch (JsonProcessingException e) {
            return new Checked(null, Map.of("", labels.text("validatie.onleesbaar", "")));
        }
    }

    /** What the contract's check said, in words for an officer (the keyword's text, else the detail). */
    private String dutch(Contract.FieldError error) {
        String text = labels.text("validatie." + error.keyword(), "");
        return text.isEmpty() ? error.detail() : labels.format("validatie." + error.keyword(), error.arguments().toArray());
    }

    /** The rule set's family domains, code to name, in order (for the flower). */
    public Map<String, String> familyDomains() {
        Map<String, String> domains = new LinkedHashMap<>();
        var current = rulesets.getCurrentRuleSet().getBody();
        if (current != null && current.getFamilyDomains() != null) {
            current.getFamilyDomains().forEach(d -> domains.put(d.getDomain(), d.getName()));
        }
        return domains;
    }

    public Labels labels() {
        return labels;
    }

    public List<PathwayInfo> catalogue() {
        return pathways.listPathways(DUTCH).getBody();
    }
}
