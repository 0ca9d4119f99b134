package nl.wegwijzer.matching;

import java.util.Map;
import java.util.Set;

/** What matching needs to know of a newcomer: where (if known), vulnerabilities, priorities, weegschaal, household size. */
public record Newcomer(Position position, Set<String> vulnerabilities, Set<String> priorities, Map<String, String> weegschaal,
                       int householdSize) {
}
