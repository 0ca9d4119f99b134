package nl.wegwijzer.features;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.cucumber.spring.ScenarioScope;

import org.springframework.stereotype.Component;

/**
 * The change a scenario makes to the rules: the files uploaded, the draft, and what was published.
 * Shared by the step classes through methods only: a scenario-scoped bean is a proxy.
 */
@Component
@ScenarioScope
public class RuleChange {
    private final Map<String, String> files = new LinkedHashMap<>();
    private String draft;
    private String reason;
    private String baseVersion;
    private JsonNode impact;
    private JsonNode published;
    private Instant publishedAt;
    private Integer baseline;
    private boolean restored = true;

    /** Upload name → content, in the order they are uploaded. */
    public Map<String, String> files() {
        return files;
    }

    public String draft() {
        return draft;
    }

    public void draft(String value) {
        this.draft = value;
    }

    public String reason() {
        return reason;
    }

    public void reason(String value) {
        this.reason = value;
    }

    public String baseVersion() {
        return baseVersion;
    }

    public void baseVersion(String value) {
        this.baseVersion = value;
    }

    public JsonNode impact() {
        return impact;
    }

    public void impact(JsonNode value) {
        this.impact = value;
    }

    public JsonNode published() {
        return published;
    }

    public void published(JsonNode value) {
        this.published = value;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public void publishedAt(Instant value) {
        this.publishedAt = value;
    }

    public Integer baseline() {
        return baseline;
    }

    public void baseline(Integer value) {
        this.baseline = value;
    }

    public boolean restored() {
        return restored;
    }

    public void restored(boolean value) {
        this.restored = value;
    }
}
