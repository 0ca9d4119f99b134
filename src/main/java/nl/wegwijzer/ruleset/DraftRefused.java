package nl.wegwijzer.ruleset;

import java.util.List;

/**
 * An upload that cannot become a draft, with every reason found: which file, row and column, and
 * which rule or limit it breaks. The kind says how the API answers it.
 */
public final class DraftRefused extends RuntimeException {
    /** 400 malformed, 413 over a size limit, 415 not a kind of file a draft takes, 422 not a data change. */
    public enum Kind { MALFORMED, TOO_LARGE, UNSUPPORTED, NOT_DATA }

    private final Kind kind;
    private final transient List<DraftProblem> problems;

    public DraftRefused(Kind kind, List<DraftProblem> problems) {
        super(problems.isEmpty() ? kind.name() : problems.get(0).text());
        this.kind = kind;
        this.problems = List.copyOf(problems);
    }

    public DraftRefused(Kind kind, String file, String message) {
        this(kind, List.of(new DraftProblem(file, null, null, null, null, message)));
    }

    public Kind kind() {
        return kind;
    }

    public List<DraftProblem> problems() {
        return problems;
    }
}
