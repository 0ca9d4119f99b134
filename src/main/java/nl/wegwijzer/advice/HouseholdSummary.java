package nl.wegwijzer.advice;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The sentences an officer reads aloud to a household, from its decision: who is in it, what the family
 * takes on together, which domains need attention. Each adult's own advice keeps its own summary
 * ({@link Summary}). The words of policy come from the rules; only the frame is here.
 */
final class HouseholdSummary {
    private HouseholdSummary() {
    }

    static Text of(HouseholdFacts facts, HouseholdDecision decision) {
        return new Text(write(facts, decision, Language.NL), write(facts, decision, Language.EN));
    }

    private static String write(HouseholdFacts facts, HouseholdDecision decision, Language lang) {
        boolean nl = lang == Language.NL;
        int adults = facts.adults().size();
        int children = facts.children().size();
        List<String> sentences = new ArrayList<>();
        sentences.add(nl
                ? "Een huishouden van " + adults + (adults == 1 ? " volwassene" : " volwassenen") + " en " + children
                        + (children == 1 ? " kind." : " kinderen.")
                : "A household of " + adults + (adults == 1 ? " adult" : " adults") + " and " + children
                        + (children == 1 ? " child." : " children."));
        for (HouseholdDecision.SharedPathway p : decision.sharedPathways()) {
            sentences.add((nl ? "Voor het gezin samen: " : "For the family together: ") + p.name().in(lang) + ", "
                    + status(p.status(), lang) + ". " + p.reason().in(lang));
        }
        for (HouseholdDecision.SharedObligation o : decision.sharedObligations()) {
            sentences.add(o.reason().in(lang));
        }
        if (!decision.familyDomains().isEmpty()) {
            sentences.add((nl ? "Aandacht voor het gezin op: " : "Family attention on: ")
                    + decision.familyDomains().stream().map(d -> d.name().in(lang)).collect(Collectors.joining(", ")) + ".");
        }
        return String.join(" ", sentences);
    }

    static String status(PathwayStatus status, Language lang) {
        boolean nl = lang == Language.NL;
        return switch (status) {
            case RECOMMENDED -> nl ? "aanbevolen" : "recommended";
            case ELIGIBLE -> nl ? "mogelijk" : "possible";
            case UNDETERMINED -> nl ? "nog niet te bepalen" : "not yet decided";
            case NOT_ELIGIBLE -> nl ? "past nu niet" : "does not fit now";
        };
    }
}
