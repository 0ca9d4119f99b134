package nl.wegwijzer.pages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without JavaScript, at the level of HTTP: keeps its session cookie, follows no redirects
 * (so a test sees each one), and sends the CSRF token of the last page with every form it posts.
 */
public final class PageSession {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private final String base;
    private String session;
    private String csrf;
    private String language;

    public PageSession(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    public String session() {
        return session;
    }

    public void session(String id) {
        session = id;
    }

    /** Sends this Accept-Language with every request from now on, as a browser set to that language does. */
    public PageSession language(String acceptLanguage) {
        this.language = acceptLanguage;
        return this;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** Posts the form with the last page's CSRF token (unless the form says otherwise). */
    public HttpResponse<String> post(String path, Map<String, String> form) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (csrf != null) {
            fields.put("_csrf", csrf);
        }
        fields.putAll(form);
        fields.values().removeIf(v -> v == null);
        return postRaw(path, encode(fields));
    }

    public HttpResponse<String> postRaw(String path, String body) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Signs in through the sign-in page; answers the redirect that follows the attempt. */
    public HttpResponse<String> signIn(String username, String password) {
        get(PagePaths.LOGIN);
        return post(PagePaths.LOGIN, Map.of("username", username, "password", password));
    }

    public static String encode(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    public static Optional<String> location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").map(l -> l.replaceFirst("^https?://[^/]+", ""));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session);
        }
        if (language != null) {
            request.header("Accept-Language", language);
        }
        try {
            HttpResponse<String> response = CLIENT.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            List<String> cookies = response.headers().allValues("Set-Cookie");
            for (String cookie : cookies) {
                Matcher id = SESSION.matcher(cookie);
                if (id.lookingAt()) {
                    session = id.group(1);
                }
            }
            Matcher token = CSRF.matcher(response.body());
            if (token.find()) {
                csrf = token.group(1);
            }
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
