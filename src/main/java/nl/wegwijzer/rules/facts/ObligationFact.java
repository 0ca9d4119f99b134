package nl.wegwijzer.rules.facts;

/** An obligation that comes with a fitting pathway (pathway set) or from law (law set). */
public final class ObligationFact {
    private final String rule;
    private String code;
    private String pathway;
    private String law;
    private String nl;
    private String en;
    private Double hoursPerWeek;
    private Double durationMonths;
    private String source;

    public ObligationFact(String rule) {
        this.rule = rule;
    }

    public String getRule() { return rule; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getPathway() { return pathway; }
    public void setPathway(String pathway) { this.pathway = pathway; }
    public String getLaw() { return law; }
    public void setLaw(String law) { this.law = law; }
    public String getNl() { return nl; }
    public void setNl(String nl) { this.nl = nl; }
    public String getEn() { return en; }
    public void setEn(String en) { this.en = en; }
    public Double getHoursPerWeek() { return hoursPerWeek; }
    public void setHoursPerWeek(double hoursPerWeek) { this.hoursPerWeek = hoursPerWeek; }
    public Double getDurationMonths() { return durationMonths; }
    public void setDurationMonths(double durationMonths) { this.durationMonths = durationMonths; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
}
