package nl.wegwijzer.advice;

import java.util.List;

/**
 * One pathway of the catalogue in an advice: its status and why. {@code placementName} names the
 * subgroup or track it places the person in, as the rules word it (null when none).
 */
public record PathwayOutcome(
        String code,
        Text name,
        String programme,
        PathwayStatus status,
        String subgroup,
        String track,
        Text placementName,
        boolean waitingList,
        List<ConditionOutcome> conditions,
        List<String> missingFacts) {

    public boolean fits() {
        return status == PathwayStatus.RECOMMENDED || status == PathwayStatus.ELIGIBLE;
    }
}
