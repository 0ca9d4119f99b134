package nl.wegwijzer.api;

/** A request body over the limit. */
public class PayloadTooLargeException extends RuntimeException {
    public PayloadTooLargeException(int limit) {
        super("The body is larger than " + limit / 1024 + " KiB");
    }
}
