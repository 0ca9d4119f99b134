package nl.wegwijzer.rules.facts;

/**
 * Facts to ask next for a pathway that can still fit: the request field paths (comma-separated) that
 * would decide one of its unknown conditions or placements, and the rule that found it open.
 */
public record MissingFacts(String pathway, String facts, String rule) {
    public String getPathway() { return pathway; }
}
