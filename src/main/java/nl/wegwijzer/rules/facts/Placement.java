package nl.wegwijzer.rules.facts;

/** Where in a pathway a person goes: a subgroup (Baanparticipatiegroep) or a track (VIP). */
public final class Placement {
    /** A group within a pathway (the Baanparticipatiegroep's Betagroep, Basisonderwijs, Algemene Groep). */
    public static final String SUBGROUP = "SUBGROUP";
    /** A way through a pathway (VIP's paid work or meaningful daytime activity). */
    public static final String TRACK = "TRACK";

    private final String rule;
    private String pathway;
    private String kind;
    private String value;
    private String nameNl;
    private String nameEn;
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
    /** {@link #SUBGROUP} or {@link #TRACK}. */
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    /** The subgroup or track code; null when a missing fact keeps it open. */
    public String getValue() { return value; }
    public void setValue(String value) { this.value = value; }
    /** The subgroup's or track's name, as an officer says it (the summary names it after the pathway). */
    public String getNameNl() { return nameNl; }
    public void setNameNl(String nameNl) { this.nameNl = nameNl; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public String getMissingFacts() { return missingFacts; }
    public void setMissingFacts(String missingFacts) { this.missingFacts = missingFacts; }
    public String getNl() { return nl; }
    public void setNl(String nl) { this.nl = nl; }
    public String getEn() { return en; }
    public void setEn(String en) { this.en = en; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
}
