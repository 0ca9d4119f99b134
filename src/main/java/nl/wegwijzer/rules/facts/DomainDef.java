package nl.wegwijzer.rules.facts;

/**
 * A domain of the Bloemmodel as its table row defines it: code, place in the flower, names. Read once
 * with the catalogue when the rules are loaded.
 */
public final class DomainDef {
    private final String code;
    private final int order;
    private String nameNl;
    private String nameEn;
    private String descriptionNl;
    private String source;

    public DomainDef(String code, int order) {
        this.code = code;
        this.order = order;
    }

    public String getCode() { return code; }
    public int getOrder() { return order; }
    public String getNameNl() { return nameNl; }
    public void setNameNl(String nameNl) { this.nameNl = nameNl; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public String getDescriptionNl() { return descriptionNl; }
    public void setDescriptionNl(String descriptionNl) { this.descriptionNl = descriptionNl; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
}
