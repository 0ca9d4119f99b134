package nl.wegwijzer.api;

import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import nl.wegwijzer.access.ApiKeys;
import nl.wegwijzer.access.Caller;
import nl.wegwijzer.access.Role;

/**
 * Who may call what, in one table: every request but the contract and health needs an
 * {@code X-API-Key}; each route names the roles that may use it. Whose record it is (a client never
 * reads another's) is checked where the record is read. Also sets the security headers on every
 * response.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
public class AccessFilter extends OncePerRequestFilter {
    public static final String HEADER = "X-API-Key";
    public static final String ATTRIBUTE = Caller.class.getName();
    private static final Set<Role> ANY = EnumSet.allOf(Role.class);
    private static final String ID = "/[^/]+";

    private record Route(String method, Pattern path, Set<Role> roles) {
    }

    private static final List<Route> ROUTES = List.of(
            new Route("POST", Pattern.compile("/api/v1/assessments"), EnumSet.of(Role.INTAKE, Role.SYSTEM)),
            new Route("GET", Pattern.compile("/api/v1/assessments"), EnumSet.of(Role.INTAKE, Role.SYSTEM, Role.AUDITOR)),
            new Route("GET", Pattern.compile("/api/v1/assessments/export"), EnumSet.of(Role.AUDITOR)),
            new Route("GET", Pattern.compile("/api/v1/assessments" + ID), EnumSet.of(Role.INTAKE, Role.SYSTEM, Role.AUDITOR)),
            new Route("POST", Pattern.compile("/api/v1/assessments" + ID + "/replay"), EnumSet.of(Role.INTAKE, Role.SYSTEM, Role.AUDITOR)),
            new Route("PUT", Pattern.compile("/api/v1/assessments" + ID + "/decision"), EnumSet.of(Role.INTAKE, Role.SYSTEM)),
            new Route("GET", Pattern.compile("/api/v1/assessments" + ID + "/decisions"), EnumSet.of(Role.INTAKE, Role.SYSTEM, Role.AUDITOR)),
            new Route("POST", Pattern.compile("/api/v1/assessment-batches"), EnumSet.of(Role.SYSTEM)),
            new Route("GET", Pattern.compile("/api/v1/statistics"), EnumSet.of(Role.POLICY, Role.AUDITOR)),
            // Rule sets: policy staff change them (approval by a second one); auditors read versions and drafts.
            new Route("POST", Pattern.compile("/api/v1/rulesets/.*"), EnumSet.of(Role.POLICY)),
            new Route("GET", Pattern.compile("/api/v1/rulesets(/drafts.*)?"), EnumSet.of(Role.POLICY, Role.AUDITOR)),
            new Route("GET", Pattern.compile("/api/v1/assessment-batches" + ID), EnumSet.of(Role.SYSTEM, Role.AUDITOR)));

    private static final Set<String> OPEN = Set.of("/api/v1/openapi.json", "/api/v1/openapi.yaml", "/actuator/health",
            "/actuator/health/liveness", "/actuator/health/readiness");

    private final ApiKeys keys;
    private final ObjectMapper json = new ObjectMapper();

    public AccessFilter(ApiKeys keys) {
        this.keys = keys;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        secure(response);
        String path = request.getRequestURI();
        if (OPEN.contains(path) && "GET".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        Caller caller = keys.find(request.getHeader(HEADER)).orElse(null);
        if (caller == null) {
            response.setHeader("WWW-Authenticate", "ApiKey header=\"" + HEADER + "\"");
            refuse(request, response, 401, "Unauthorized", request.getHeader(HEADER) == null
                    ? "An API key is required (header " + HEADER + ")" : "The API key is not valid");
            return;
        }
        Set<Role> allowed = ROUTES.stream()
                .filter(r -> r.method().equals(request.getMethod()) && r.path().matcher(path).matches())
                .findFirst().map(Route::roles).orElse(ANY);
        if (!caller.has(allowed.toArray(Role[]::new))) {
            refuse(request, response, 403, "Forbidden", "This needs one of the roles " + allowed);
            return;
        }
        request.setAttribute(ATTRIBUTE, caller);
        chain.doFilter(request, response);
    }

    private static void secure(HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Cache-Control", "no-store");
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, int status, String title, String detail)
            throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), Map.of(
                "type", "https://wegwijzer.nl/problems/" + title.toLowerCase(java.util.Locale.ROOT),
                "title", title, "status", status, "detail", detail, "instance", request.getRequestURI()));
    }
}
