package nl.wegwijzer.ruleset;

/** A rule-set change that may not happen, with the reason in words and, for bad input, the field. */
public final class Refusal extends RuntimeException {
    public enum Kind { NOT_FOUND, FORBIDDEN, CONFLICT, INVALID }

    private final Kind kind;
    private final String field;

    public Refusal(Kind kind, String field, String detail) {
        super(detail);
        this.kind = kind;
        this.field = field;
    }

    public Kind kind() {
        return kind;
    }

    /** The request field at fault (INVALID), else null. */
    public String field() {
        return field;
    }
}
