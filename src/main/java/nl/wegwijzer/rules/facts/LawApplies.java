package nl.wegwijzer.rules.facts;

/** A law whose age limits the person is within (law age-limit table). */
public record LawApplies(String law) {
    public String getLaw() { return law; }
}
