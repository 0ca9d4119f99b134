package nl.wegwijzer.api;

/** The caller may not see or touch this record. */
public class ForbiddenException extends RuntimeException {
    public ForbiddenException(String detail) {
        super(detail);
    }
}
