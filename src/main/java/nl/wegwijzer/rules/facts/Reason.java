package nl.wegwijzer.rules.facts;

/** Why a pathway would be recommended if it fits. */
public record Reason(String pathway, String nl, String en, String source, String rule) {
    public String getPathway() { return pathway; }
}
