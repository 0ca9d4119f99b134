package nl.wegwijzer.rules.facts;

/**
 * One set of the weegschaal (Samen Hier): two statements a group and a newcomer weigh against each
 * other, choosing side A or B. Read once when the rules are loaded; the coordinator and the officer
 * see these words when they record answers.
 */
public final class WeighSetDef {
    private final String code;
    private final int order;
    private String sideANl;
    private String sideBNl;
    private String sideAEn;
    private String sideBEn;
    private String source;
    private String rule;

    public WeighSetDef(String code, int order) {
        this.code = code;
        this.order = order;
    }

    public String getCode() { return code; }
    public int getOrder() { return order; }
    public String getSideANl() { return sideANl; }
    public void setSideANl(String sideANl) { this.sideANl = sideANl; }
    public String getSideBNl() { return sideBNl; }
    public void setSideBNl(String sideBNl) { this.sideBNl = sideBNl; }
    public String getSideAEn() { return sideAEn; }
    public void setSideAEn(String sideAEn) { this.sideAEn = sideAEn; }
    public String getSideBEn() { return sideBEn; }
    public void setSideBEn(String sideBEn) { this.sideBEn = sideBEn; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
    public String getRule() { return rule; }
    public void setRule(String rule) { this.rule = rule; }
}
