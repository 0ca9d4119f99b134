package nl.wegwijzer.matching;

import java.util.Map;
import java.util.Set;

/** What matching needs to know of a newcomer: where (if known), vulnerabilities, priorities, weegschaal, household size. */
public record Newcomer(Position position, Set<String> vulnerabilities, Set<String> priorities, Map<String, String> weegschaal,
                       int householdSize) {
    /** The codes kept sorted, so that every group's explanation lists them in one order without sorting again. */
    public Newcomer {
        vulnerabilities = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(vulnerabilities));
        priorities = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(priorities));
    }
}
