package nl.wegwijzer.features;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import nl.wegwijzer.access.TestKeys;

import static org.assertj.core.api.Assertions.assertThat;

/** The published versions as the API lists them, and which was in effect when. */
final class Versions {
    private Versions() {
    }

    static JsonNode list(Http http) {
        http.actAs(TestKeys.AUDITOR);
        http.get("/api/v1/rulesets", Map.of());
        assertThat(http.status()).as(http.text()).isEqualTo(200);
        http.actAs(TestKeys.INTAKE_A);
        return http.body();
    }

    /** The version in effect at a moment, by the listed versions' effective moments (later wins, then higher number). */
    static int inEffect(Http http, Instant moment) {
        JsonNode best = null;
        for (JsonNode v : list(http)) {
            Instant from = OffsetDateTime.parse(v.path("effectiveFrom").asText()).toInstant();
            if (!from.isAfter(moment) && (best == null
                    || !from.isBefore(OffsetDateTime.parse(best.path("effectiveFrom").asText()).toInstant()))) {
                best = v;
            }
        }
        assertThat(best).as("een versie die gold op %s", moment).isNotNull();
        return best.path("number").asInt();
    }
}
