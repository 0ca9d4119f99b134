package nl.wegwijzer.api;

/** No resource at this address. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String detail) {
        super(detail);
    }
}
