package nl.wegwijzer.rules.facts;

/**
 * One row of a matching table: for a criterion (VULNERABILITY, DISTANCE, PRIORITIES, WEEGSCHAAL,
 * CAPACITY), a subject (a vulnerability, a priority, a statement set, or ANY) and a situation (SUPPORTED,
 * SHARED, SAME_SIDE, WITHIN, ...), what it scores, whether it leaves the group out, and the words.
 * Distance rows apply below their bound {@code upToKm}; their points may fall with every kilometre.
 */
public final class MatchRuleDef {
    public static final String ANY = "ANY";

    private final String criterion;
    private final String rule;
    private String subject = ANY;
    private String situation;
    private String outcome = "MET";
    private double points;
    private double pointsLessPerKm;
    private Double upToKm;
    private boolean excludes;
    private String nl;
    private String en;
    private String source;

    public MatchRuleDef(String criterion, String rule) {
        this.criterion = criterion;
        this.rule = rule;
    }

    public String getCriterion() { return criterion; }
    public String getSubject() { return subject; }
    public void setSubject(String subject) { this.subject = subject == null || subject.isBlank() ? ANY : subject; }
    public String getSituation() { return situation; }
    public void setSituation(String situation) { this.situation = situation; }
    public String getRule() { return rule; }
    public String getOutcome() { return outcome; }
    public void setOutcome(String outcome) { this.outcome = outcome; }
    public double getPoints() { return points; }
    public void setPoints(double points) { this.points = points; }
    public double getPointsLessPerKm() { return pointsLessPerKm; }
    public void setPointsLessPerKm(double pointsLessPerKm) { this.pointsLessPerKm = pointsLessPerKm; }
    public Double getUpToKm() { return upToKm; }
    public void setUpToKm(double upToKm) { this.upToKm = upToKm; }
    public boolean isExcludes() { return excludes; }
    public void setExcludes(boolean excludes) { this.excludes = excludes; }
    public String getNl() { return nl; }
    public void setNl(String nl) { this.nl = nl; }
    public String getEn() { return en; }
    public void setEn(String en) { this.en = en; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
}
