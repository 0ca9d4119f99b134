package nl.wegwijzer.features;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.cucumber.spring.ScenarioScope;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The scenario's conversation with the running service: the last request's response. */
@Component
@ScenarioScope
public class Http implements nl.wegwijzer.scenarios.Exchange {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private final int port;
    private String key = nl.wegwijzer.access.TestKeys.INTAKE_A;
    private HttpResponse<String> response;
    private JsonNode body;

    public Http(@Value("${local.server.port}") int port) {
        this.port = port;
    }

    /** The API key of whoever acts next in the scenario; null for none. */
    public void actAs(String key) {
        this.key = key;
    }

    @Override
    public void actAsRole(String role) {
        this.key = role.equals("COORDINATOR") ? nl.wegwijzer.access.TestKeys.COORDINATOR : nl.wegwijzer.access.TestKeys.INTAKE_A;
    }

    @Override
    public void send(String method, String path, String contentType, byte[] content, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, content == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(content));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (key != null && !headers.containsKey("X-API-Key")) {
            request.header("X-API-Key", key);
        }
        headers.forEach(request::header);
        try {
            response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            boolean json = response.headers().firstValue("Content-Type").orElse("").contains("json");
            body = json && !response.body().isEmpty() ? JSON.readTree(response.body()) : JSON.missingNode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public int status() {
        return response().statusCode();
    }

    @Override
    public java.util.Optional<String> header(String name) {
        return response().headers().firstValue(name);
    }

    @Override
    public String text() {
        return response().body();
    }

    public HttpResponse<String> response() {
        if (response == null) {
            throw new IllegalStateException("no request was sent in this scenario");
        }
        return response;
    }

    @Override
    public JsonNode body() {
        response();
        return body;
    }
}
