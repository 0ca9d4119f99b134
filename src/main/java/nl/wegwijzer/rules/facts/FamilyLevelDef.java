package nl.wegwijzer.rules.facts;

/**
 * One row of the family-level table: a pathway (kind PATHWAY) or an obligation (kind OBLIGATION) that
 * concerns the household as a whole rather than one adult (VARIIS is for the family; a single parent's
 * art. 9a exemption touches the care of every child), with the words that say so.
 */
public final class FamilyLevelDef {
    public static final String PATHWAY = "PATHWAY";
    public static final String OBLIGATION = "OBLIGATION";

    private final String rule;
    private String kind;
    private String code;
    private String nl;
    private String en;
    private String source;

    public FamilyLevelDef(String rule) {
        this.rule = rule;
    }

    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getRule() { return rule; }
    public String getNl() { return nl; }
    public void setNl(String nl) { this.nl = nl; }
    public String getEn() { return en; }
    public void setEn(String en) { this.en = en; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
}
