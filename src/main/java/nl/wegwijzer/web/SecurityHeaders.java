package nl.wegwijzer.web;

import jakarta.servlet.http.HttpServletResponse;

/** The headers every answer carries, also those written outside Spring Security's filter chain. */
public final class SecurityHeaders {
    private SecurityHeaders() {
    }

    public static void apply(HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Cache-Control", "no-store");
    }
}
