package nl.wegwijzer.rules.facts;

/**
 * One condition a rule established for a pathway (or for every pathway of a programme, when the
 * scope is a programme code): met, unmet or not known yet, in words an officer can read aloud.
 */
public final class Finding {
    private final String rule;
    private String scope;
    private String code;
    private String state;
    private String missingFacts = "";
    private String nl;
    private String en;
    private String source;

    public Finding(String rule) {
        this.rule = rule;
    }

    public Finding(String rule, String scope, String code, String state, String nl, String en, String source) {
        this(rule);
        this.scope = scope;
        this.code = code;
        this.state = state;
        this.nl = nl;
        this.en = en;
        this.source = source;
    }

    public String getRule() { return rule; }
    public String getScope() { return scope; }
    public void setScope(String scope) { this.scope = scope; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    /** MET, UNMET or UNKNOWN. */
    public String getState() { return state; }
    public void setState(String state) { this.state = state; }
    /** Comma-separated request field paths that would decide an UNKNOWN finding. */
    public String getMissingFacts() { return missingFacts; }
    public void setMissingFacts(String missingFacts) { this.missingFacts = missingFacts; }
    public String getNl() { return nl; }
    public void setNl(String nl) { this.nl = nl; }
    public String getEn() { return en; }
    public void setEn(String en) { this.en = en; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
}
