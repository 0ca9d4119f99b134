package nl.wegwijzer.advice;

import java.util.List;

/** One pathway of the catalogue in an advice: its status and why. */
public record PathwayOutcome(
        String code,
        Text name,
        String programme,
        PathwayStatus status,
        String subgroup,
        String track,
        boolean waitingList,
        List<ConditionOutcome> conditions,
        List<String> missingFacts) {

    public boolean fits() {
        return status == PathwayStatus.RECOMMENDED || status == PathwayStatus.ELIGIBLE;
    }
}
