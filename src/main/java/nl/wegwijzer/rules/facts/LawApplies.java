package nl.wegwijzer.rules.facts;

/** A law whose age limits the person is within (law age-limit table), with the article that sets them. */
public record LawApplies(String law, String source) {
    /** As rule sets archived before the source was passed on still create it: they must keep compiling. */
    public LawApplies(String law) {
        this(law, null);
    }

    public String getLaw() { return law; }
}
