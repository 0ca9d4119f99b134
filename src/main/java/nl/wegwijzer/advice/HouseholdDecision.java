package nl.wegwijzer.advice;

import java.util.List;

/**
 * What a rule set decided for a household: each adult's own decision, the Bloemmodel domains the
 * members' facts call for with who gives each reason, and what the household takes on together. Members
 * are named by their place in the request ("/adults/0", "/children/1"), never by name.
 */
public record HouseholdDecision(
        String ruleSetVersion,
        String ruleSetHash,
        List<Decision> adults,
        List<Domain> familyDomains,
        List<SharedPathway> sharedPathways,
        List<SharedObligation> sharedObligations,
        List<String> firedRules) {

    /** A flagged domain and every reason for it, each once. */
    public record Domain(String code, Text name, List<Reason> reasons) {
    }

    /** One reason, the members whose facts give it, and the rule (table row) that says it. */
    public record Reason(Text text, List<String> members, String rule) {
    }

    /** A pathway the family takes together: its status for the household (the best any adult has) and who has it. */
    public record SharedPathway(String code, Text name, PathwayStatus status, List<String> members, Text reason, String rule) {
    }

    /** An obligation that concerns the whole household, and the adults it comes with. */
    public record SharedObligation(String code, Text description, List<String> members, Text reason, String rule) {
    }
}
