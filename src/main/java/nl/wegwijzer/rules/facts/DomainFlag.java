package nl.wegwijzer.rules.facts;

/** A Bloemmodel family domain the household's facts call for, with the reason. */
public record DomainFlag(String domain, String nl, String en, String source, String rule) {
    public String getDomain() { return domain; }
}
