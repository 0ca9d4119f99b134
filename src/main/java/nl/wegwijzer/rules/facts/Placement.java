package nl.wegwijzer.rules.facts;

/** Where in a pathway a person goes: a subgroup (Baanparticipatiegroep) or a track (VIP). */
public final class Placement {
    private final String rule;
    private String pathway;
    private String kind;
    private String value;
    private String missingFacts = "";
    private String nl;
    private String en;
    private String source;

    public Placement(String rule) {
        this.rule = rule;
    }

    public String getRule() { return rule; }
    public String getPathway() { return pathway; }
    public void setPathway(String pathway) { this.pathway = pathway; }
    /** SUBGROUP or TRACK. */
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    /** The subgroup or track code; null when a missing fact keeps it open. */
    public String getValue() { return value; }
    public void setValue(String value) { this.value = value; }
    public String getMissingFacts() { return missingFacts; }
    public void setMissingFacts(String missingFacts) { this.missingFacts = missingFacts; }
    public String getNl() { return nl; }
    public void setNl(String nl) { this.nl = nl; }
    public String getEn() { return en; }
    public void setEn(String en) { this.en = en; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
}
