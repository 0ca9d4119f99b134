package nl.wegwijzer.rules.facts;

/** The VIP small-chance table's verdict on the chance of paid work: SMALL, or UNKNOWN with the facts that would decide. */
public final class Chance {
    private final String rule;
    private String verdict;
    private String missingFacts = "";
    private String nl;
    private String en;
    private String source;

    public Chance(String rule) {
        this.rule = rule;
    }

    public String getRule() { return rule; }
    public String getVerdict() { return verdict; }
    public void setVerdict(String verdict) { this.verdict = verdict; }
    public String getMissingFacts() { return missingFacts; }
    public void setMissingFacts(String missingFacts) { this.missingFacts = missingFacts; }
    public String getNl() { return nl; }
    public void setNl(String nl) { this.nl = nl; }
    public String getEn() { return en; }
    public void setEn(String en) { this.en = en; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
}
