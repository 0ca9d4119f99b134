package nl.wegwijzer.rules.facts;

import java.util.Arrays;
import java.util.List;

/**
 * One row of the children table: a child whose age lies in [fromAge, toAge] and whose school is one
 * of {@code schools} (none listed: whatever the school, also when it is not known) flags a Bloemmodel
 * domain for the household, with a reason in which {leeftijd} becomes the child's age.
 */
public final class ChildRuleDef {
    private final String rule;
    private int fromAge;
    private int toAge;
    private List<String> schools = List.of();
    private String domain;
    private String nl;
    private String en;
    private String source;

    public ChildRuleDef(String rule) {
        this.rule = rule;
    }

    public String getRule() { return rule; }
    public int getFromAge() { return fromAge; }
    public int getToAge() { return toAge; }
    public void setAges(int fromAge, int toAge) {
        this.fromAge = fromAge;
        this.toAge = toAge;
    }
    public List<String> getSchools() { return schools; }
    /** Codes separated by commas; empty: any school. */
    public void setSchools(String codes) {
        this.schools = codes == null || codes.isBlank() ? List.of()
                : Arrays.stream(codes.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
    public String getDomain() { return domain; }
    public void setDomain(String domain) { this.domain = domain; }
    public String getNl() { return nl; }
    public void setNl(String nl) { this.nl = nl; }
    public String getEn() { return en; }
    public void setEn(String en) { this.en = en; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }

    /** Whether the row applies to a child of this age at this school (null: not known). */
    public boolean applies(int age, String school) {
        return age >= fromAge && age <= toAge && (schools.isEmpty() || school != null && schools.contains(school));
    }
}
