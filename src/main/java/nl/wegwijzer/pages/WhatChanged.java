package nl.wegwijzer.pages;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.wegwijzer.contract.generated.model.Advice;
import nl.wegwijzer.contract.generated.model.Obligation;
import nl.wegwijzer.contract.generated.model.PathwayAdvice;

/**
 * What a changed fact changed in the advice, in sentences: a pathway moving from one status to
 * another, an obligation appearing or going. Compares the short form of the previous advice
 * ({@link AdviceView#state}) with the new advice; a previous state that cannot be read changes nothing.
 */
final class WhatChanged {
    private static final ObjectMapper JSON = new ObjectMapper();

    private WhatChanged() {
    }

    static String key(Obligation o) {
        return o.getCode() + "@" + (o.getPathway() == null ? o.getLaw() : o.getPathway());
    }

    static List<String> between(String previous, Advice now, Labels labels) {
        JsonNode read;
        try {
            read = previous == null || previous.isBlank() || previous.length() > 20_000 ? null
                    : JSON.readTree(new String(Base64.getUrlDecoder().decode(previous), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException | java.io.IOException unreadable) {
            read = null;
        }
        JsonNode before = read;
        if (before == null || !before.path("p").isObject() || !before.path("o").isObject()) {
            return List.of();
        }
        List<String> changes = new ArrayList<>();
        for (PathwayAdvice p : now.getPathways()) {
            String was = before.path("p").path(p.getCode()).asText(null);
            String is = p.getStatus().getValue();
            if (was != null && !was.equals(is)) {
                changes.add(labels.format("wijziging.traject", p.getName(), status(labels, was), status(labels, is)));
            }
        }
        Map<String, Obligation> dutiesNow = new LinkedHashMap<>();
        now.getObligations().forEach(o -> dutiesNow.put(key(o), o));
        dutiesNow.forEach((key, o) -> {
            if (!before.path("o").has(key)) {
                changes.add(labels.format("wijziging.verplichting.nieuw", o.getDescription()));
            }
        });
        before.path("o").fields().forEachRemaining(duty -> {
            if (!dutiesNow.containsKey(duty.getKey())) {
                changes.add(labels.format("wijziging.verplichting.weg", duty.getValue().asText()));
            }
        });
        return changes;
    }

    private static String status(Labels labels, String status) {
        return labels.text("status." + status, status).toLowerCase(Labels.DUTCH);
    }
}
