package nl.wegwijzer.access;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import static nl.wegwijzer.access.Role.AUDITOR;
import static nl.wegwijzer.access.Role.COORDINATOR;
import static nl.wegwijzer.access.Role.INTAKE;
import static nl.wegwijzer.access.Role.POLICY;
import static nl.wegwijzer.access.Role.SYSTEM;

/**
 * Who may call what, in one table: every operation of the API with the roles that may use it.
 * Anything not listed is refused, whatever the method (deny by default). The README's table
 * "Who may do what" documents it and a test walks every operation with every role against it.
 */
public final class Routes {
    /** One operation: method, path pattern as Spring MVC matches it, the roles that may call it. */
    public record Route(HttpMethod method, String pattern, Set<Role> roles) {
    }

    private static final Set<Role> ANY_ROLE = EnumSet.allOf(Role.class);

    /** Order matters where patterns overlap: the first match decides (export before {id}). */
    public static final List<Route> API = List.of(
            new Route(HttpMethod.POST, "/api/v1/assessments", EnumSet.of(INTAKE, SYSTEM)),
            new Route(HttpMethod.POST, "/api/v1/assessment-previews", EnumSet.of(INTAKE, SYSTEM)),
            new Route(HttpMethod.GET, "/api/v1/assessments", EnumSet.of(INTAKE, SYSTEM, AUDITOR)),
            new Route(HttpMethod.GET, "/api/v1/assessments/export", EnumSet.of(AUDITOR)),
            new Route(HttpMethod.GET, "/api/v1/assessments/{id}", EnumSet.of(INTAKE, SYSTEM, AUDITOR)),
            new Route(HttpMethod.POST, "/api/v1/assessments/{id}/replay", EnumSet.of(INTAKE, SYSTEM, AUDITOR)),
            new Route(HttpMethod.PUT, "/api/v1/assessments/{id}/decision", EnumSet.of(INTAKE, SYSTEM)),
            new Route(HttpMethod.GET, "/api/v1/assessments/{id}/decisions", EnumSet.of(INTAKE, SYSTEM, AUDITOR)),
            new Route(HttpMethod.POST, "/api/v1/household-assessments", EnumSet.of(INTAKE, SYSTEM)),
            new Route(HttpMethod.GET, "/api/v1/household-assessments", EnumSet.of(INTAKE, SYSTEM, AUDITOR)),
            new Route(HttpMethod.GET, "/api/v1/household-assessments/{id}", EnumSet.of(INTAKE, SYSTEM, AUDITOR)),
            new Route(HttpMethod.POST, "/api/v1/household-assessments/{id}/replay", EnumSet.of(INTAKE, SYSTEM, AUDITOR)),
            new Route(HttpMethod.POST, "/api/v1/assessment-batches", EnumSet.of(SYSTEM)),
            new Route(HttpMethod.GET, "/api/v1/assessment-batches/{id}", EnumSet.of(SYSTEM, AUDITOR)),
            new Route(HttpMethod.GET, "/api/v1/statistics", EnumSet.of(POLICY, AUDITOR)),
            new Route(HttpMethod.GET, "/api/v1/pathways", ANY_ROLE),
            new Route(HttpMethod.GET, "/api/v1/municipalities", ANY_ROLE),
            new Route(HttpMethod.GET, "/api/v1/rulesets/current", ANY_ROLE),
            new Route(HttpMethod.GET, "/api/v1/rulesets", EnumSet.of(POLICY, AUDITOR)),
            new Route(HttpMethod.GET, "/api/v1/rulesets/tables", EnumSet.of(POLICY, AUDITOR)),
            new Route(HttpMethod.GET, "/api/v1/rulesets/files", EnumSet.of(POLICY, AUDITOR)),
            new Route(HttpMethod.GET, "/api/v1/rulesets/drafts", EnumSet.of(POLICY, AUDITOR)),
            new Route(HttpMethod.POST, "/api/v1/rulesets/drafts", EnumSet.of(POLICY)),
            new Route(HttpMethod.GET, "/api/v1/rulesets/drafts/{id}", EnumSet.of(POLICY, AUDITOR)),
            new Route(HttpMethod.GET, "/api/v1/rulesets/drafts/{id}/validation", EnumSet.of(POLICY, AUDITOR)),
            new Route(HttpMethod.POST, "/api/v1/rulesets/drafts/{id}/impact", EnumSet.of(POLICY)),
            new Route(HttpMethod.POST, "/api/v1/rulesets/drafts/{id}/impact-runs", EnumSet.of(POLICY)),
            new Route(HttpMethod.GET, "/api/v1/rulesets/drafts/{id}/impact-runs/{runId}", EnumSet.of(POLICY, AUDITOR)),
            new Route(HttpMethod.POST, "/api/v1/rulesets/drafts/{id}/approval", EnumSet.of(POLICY)),
            new Route(HttpMethod.POST, "/api/v1/rulesets/drafts/{id}/publication", EnumSet.of(POLICY)),
            new Route(HttpMethod.POST, "/api/v1/rulesets/{version}/rollback", EnumSet.of(POLICY)),
            new Route(HttpMethod.POST, "/api/v1/welcome-groups", EnumSet.of(COORDINATOR)),
            new Route(HttpMethod.GET, "/api/v1/welcome-groups", EnumSet.of(COORDINATOR, AUDITOR)),
            new Route(HttpMethod.GET, "/api/v1/welcome-groups/{id}", EnumSet.of(COORDINATOR, AUDITOR)),
            new Route(HttpMethod.PUT, "/api/v1/welcome-groups/{id}", EnumSet.of(COORDINATOR)),
            new Route(HttpMethod.DELETE, "/api/v1/welcome-groups/{id}", EnumSet.of(COORDINATOR)),
            new Route(HttpMethod.GET, "/api/v1/welcome-groups/{id}/history", EnumSet.of(COORDINATOR, AUDITOR)),
            new Route(HttpMethod.GET, "/api/v1/weegschaal-statements", ANY_ROLE),
            new Route(HttpMethod.POST, "/api/v1/welcome-group-matches", EnumSet.of(INTAKE, COORDINATOR)),
            new Route(HttpMethod.GET, "/api/v1/welcome-group-matches/{id}", EnumSet.of(INTAKE, COORDINATOR, AUDITOR)),
            new Route(HttpMethod.PUT, "/api/v1/welcome-group-matches/{id}/choice", EnumSet.of(INTAKE, COORDINATOR)));

    /** Open to anyone, GET only: the contract (for clients and linters) and health (for the platform). */
    public static final List<String> OPEN = List.of("/api/v1/openapi.json", "/api/v1/openapi.yaml",
            "/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness");

    private static final List<PathPattern> KNOWN = java.util.stream.Stream.concat(API.stream().map(Route::pattern), OPEN.stream())
            .map(PathPatternParser.defaultInstance::parse).toList();

    private Routes() {
    }

    /** Whether the service has an operation at this path (any method): else a refusal is a 404. */
    public static boolean known(String requestUri) {
        PathContainer path = PathContainer.parsePath(requestUri);
        return KNOWN.stream().anyMatch(p -> p.matches(path));
    }
}
