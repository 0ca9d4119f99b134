package nl.wegwijzer.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * RFC 9457 problems written straight to a servlet response, for refusals made before any controller
 * runs (authentication, authorisation, rate limits, limits Tomcat enforces). Controllers' errors go
 * through {@code nl.wegwijzer.api.ProblemHandler}, which produces the same shape.
 */
public final class Problems {
    public static final String TYPES = "https://wegwijzer.nl/problems/";
    public static final String MEDIA_TYPE = "application/problem+json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private Problems() {
    }

    /** One invalid field or violated limit: where (pointer, field name) and why. */
    public record Field(String pointer, String field, String detail) {
    }

    public static void write(HttpServletRequest request, HttpServletResponse response, int status, String title,
                             String detail) throws IOException {
        write(request, response, status, title, detail, List.of());
    }

    public static void write(HttpServletRequest request, HttpServletResponse response, int status, String title,
                             String detail, List<Field> errors) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        SecurityHeaders.apply(response);
        response.setStatus(status);
        response.setContentType(MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(body(status, title, detail, instance(request), errors));
        response.flushBuffer();
    }

    /** The problem document itself. */
    public static byte[] body(int status, String title, String detail, String instance, List<Field> errors) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", TYPES + slug(title));
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        if (instance != null) {
            problem.put("instance", instance);
        }
        if (!errors.isEmpty()) {
            problem.put("errors", errors.stream().map(e -> {
                Map<String, String> field = new LinkedHashMap<>();
                field.put("pointer", e.pointer());
                field.put("field", e.field());
                field.put("detail", e.detail());
                return field;
            }).toList());
        }
        try {
            return JSON.writeValueAsBytes(problem);
        } catch (IOException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    public static String slug(String title) {
        return title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    /**
     * The path the problem is about, as the server understood it. Only characters of a plain path are
     * echoed: a hostile URI must not travel back into a client's logs or a page.
     */
    public static String instance(HttpServletRequest request) {
        if (request == null) {
            return null;
        }
        String uri = request.getRequestURI();
        if (uri == null) {
            return null;
        }
        String safe = uri.length() > 200 ? uri.substring(0, 200) : uri;
        return safe.matches("[A-Za-z0-9/._~%;=-]*") ? safe : null;
    }
}
