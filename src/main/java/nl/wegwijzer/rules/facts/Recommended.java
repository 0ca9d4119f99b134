package nl.wegwijzer.rules.facts;

/** A fitting pathway that is recommended: it fits best, do this. */
public record Recommended(String pathway) {
    public String getPathway() { return pathway; }
}
