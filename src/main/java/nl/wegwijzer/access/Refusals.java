package nl.wegwijzer.access;

import java.io.IOException;
import java.util.function.Predicate;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import nl.wegwijzer.web.Problems;

/**
 * How access is refused, always as a problem: 401 without (valid) credentials, 403 for a role that
 * may not, 404 for a path the service does not have, 429 when a client or an address sends too much.
 */
public final class Refusals implements AuthenticationEntryPoint, AccessDeniedHandler {
    private final Predicate<String> knownPath;
    private final boolean bearer;
    private final FailedAttempts failures;

    /**
     * @param knownPath whether the service has an operation at a path (else a refusal is a plain 404)
     * @param bearer    whether bearer tokens are accepted too (named in WWW-Authenticate)
     * @param failures  where a rejected bearer token counts as a failed attempt
     */
    public Refusals(Predicate<String> knownPath, boolean bearer, FailedAttempts failures) {
        this.knownPath = knownPath;
        this.bearer = bearer;
        this.failures = failures;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (request.getHeader("Authorization") != null) {
            failures.record(request);
            unauthenticated(request, response, "The bearer token is not valid");
            return;
        }
        unauthenticated(request, response, "An API key (header " + ApiKeyFilter.HEADER + ")"
                + (bearer ? " or a bearer token" : "") + " is required");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e) throws IOException {
        if (!knownPath.test(request.getRequestURI())) {
            Problems.write(request, response, 404, "Not Found", "There is no such resource");
            return;
        }
        Problems.write(request, response, 403, "Forbidden", "Your role may not do this");
    }

    void unauthenticated(HttpServletRequest request, HttpServletResponse response, String detail) throws IOException {
        response.setHeader("WWW-Authenticate", "ApiKey header=\"" + ApiKeyFilter.HEADER + "\"");
        if (bearer) {
            response.addHeader("WWW-Authenticate", "Bearer");
        }
        Problems.write(request, response, 401, "Unauthorized", detail);
    }

    void tooManyFailures(HttpServletRequest request, HttpServletResponse response, long retryAfter) throws IOException {
        response.setHeader("Retry-After", Long.toString(retryAfter));
        Problems.write(request, response, 429, "Too Many Requests",
                "Too many failed attempts to authenticate from this address; try again in " + retryAfter + " s");
    }

    void overBudget(HttpServletRequest request, HttpServletResponse response, long retryAfter, String budget)
            throws IOException {
        response.setHeader("Retry-After", Long.toString(retryAfter));
        Problems.write(request, response, 429, "Too Many Requests",
                "This client sent more than its budget of " + budget + "; try again in " + retryAfter + " s");
    }
}
