package nl.wegwijzer.ruleset;

/**
 * A rule-set change that may not happen, with the reason in words and, for bad input, the field; and
 * a stable code with its values, so that a page can give the reason in Dutch (weigering.{code}).
 */
public final class Refusal extends RuntimeException {
    public enum Kind { NOT_FOUND, FORBIDDEN, CONFLICT, INVALID }

    private final Kind kind;
    private final String field;
    private final String code;
    private final transient Object[] arguments;

    public Refusal(Kind kind, String field, String detail) {
        this(kind, field, detail, null);
    }

    public Refusal(Kind kind, String field, String detail, String code, Object... arguments) {
        super(detail);
        this.kind = kind;
        this.field = field;
        this.code = code;
        this.arguments = arguments.clone();
    }

    /** The kind of refusal, as a stable word (e.g. "own-draft"), or null. */
    public String code() {
        return code;
    }

    /** The values the reason names (numbers of versions, counts). */
    public Object[] arguments() {
        return arguments.clone();
    }

    public Kind kind() {
        return kind;
    }

    /** The request field at fault (INVALID), else null. */
    public String field() {
        return field;
    }
}
