package nl.wegwijzer.rules.facts;

/** A pathway offered in a municipality (CBS code), or everywhere ("*"). */
public record AvailabilityDef(String pathway, String cbsCode, String source) {
    public static final String EVERYWHERE = "*";

    public String getPathway() { return pathway; }
    public String getCbsCode() { return cbsCode; }
    public boolean isEverywhere() { return EVERYWHERE.equals(cbsCode); }
}
