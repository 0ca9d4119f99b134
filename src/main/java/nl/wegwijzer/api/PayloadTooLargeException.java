package nl.wegwijzer.api;

/** A request body over the limit. */
public class PayloadTooLargeException extends RuntimeException {
    public PayloadTooLargeException(int limit) {
        super("The body is larger than the limit of " + (limit >= 1024 * 1024 ? limit / (1024 * 1024) + " MiB" : limit / 1024 + " KiB"));
    }
}
