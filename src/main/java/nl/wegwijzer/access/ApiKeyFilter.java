package nl.wegwijzer.access;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates a request that carries {@code X-API-Key}. A known key makes its client the caller; an
 * unknown one is refused at once (401) and counts as a failed attempt for its address. Without the
 * header the request goes on unauthenticated, for a bearer token or the authorisation rules to decide.
 * An address with too many failed attempts is refused (429) whatever credentials it sends.
 */
public final class ApiKeyFilter extends OncePerRequestFilter {
    public static final String HEADER = "X-API-Key";

    private final ApiKeys keys;
    private final Refusals refusals;
    private final FailedAttempts failures;

    public ApiKeyFilter(ApiKeys keys, Refusals refusals, FailedAttempts failures) {
        this.keys = keys;
        this.refusals = refusals;
        this.failures = failures;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        boolean credentials = key != null || request.getHeader("Authorization") != null;
        if (credentials && failures.blocked(request)) {
            refusals.tooManyFailures(request, response, failures.retryAfterSeconds(request));
            return;
        }
        if (key == null) {
            chain.doFilter(request, response);
            return;
        }
        Caller caller = keys.find(key).orElse(null);
        if (caller == null) {
            failures.record(request);
            refusals.unauthenticated(request, response, "The API key is not valid");
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new CallerAuthentication(caller));
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }
}
