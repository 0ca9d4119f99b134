package nl.wegwijzer.rules.facts;

/** Whether a pathway fits, decided from its findings: ELIGIBLE, NOT_ELIGIBLE or UNDETERMINED. */
public record Eligibility(String pathway, String status) {
    public String getPathway() { return pathway; }
    public String getStatus() { return status; }
    public boolean isFits() { return "ELIGIBLE".equals(status); }
}
