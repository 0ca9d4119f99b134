package nl.wegwijzer.rules.facts;

/** A fitting pathway whose cohort is full: the advice is to join its waiting list. */
public record WaitingList(String pathway, String nl, String en, String source, String rule) {
    public String getPathway() { return pathway; }
}
