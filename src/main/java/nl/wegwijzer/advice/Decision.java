package nl.wegwijzer.advice;

import java.util.List;

/** What a rule set decided for one intake, before it is given an id. */
public record Decision(
        String ruleSetVersion,
        String ruleSetHash,
        MunicipalityMatch municipality,
        List<PathwayOutcome> pathways,
        List<Obligation> obligations,
        List<FamilyDomain> familyDomains,
        List<String> firedRules) {
}
