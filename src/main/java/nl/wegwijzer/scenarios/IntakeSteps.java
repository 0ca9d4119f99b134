package nl.wegwijzer.scenarios;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.nl.Als;
import io.cucumber.java.nl.Gegeven;

import nl.wegwijzer.contract.Vocabulary;

/**
 * Builds the intake from a table of facts, named as the contract names them for people
 * ({@code x-fact-names} in openapi.yaml). An empty cell or "onbekend" leaves the fact out (not known);
 * "geen" is an empty list (none).
 */
public class IntakeSteps {
    private final Exchange http;
    private final IntakeRequest intake;
    private final Vocabulary vocabulary;

    public IntakeSteps(Exchange http, IntakeRequest intake, Vocabulary vocabulary) {
        this.http = http;
        this.intake = intake;
        this.vocabulary = vocabulary;
    }

    @Gegeven("een nieuwkomer met:")
    public void eenNieuwkomerMet(DataTable facts) {
        ObjectNode request = intake.request();
        for (Map.Entry<String, String> fact : facts.asMap().entrySet()) {
            Vocabulary.Fact target = vocabulary.factNamed(fact.getKey()).orElseThrow(() -> new IllegalArgumentException(
                    "Onbekend gegeven '" + fact.getKey() + "'; bekend zijn (openapi.yaml, x-fact-names): "
                            + vocabulary.facts().stream().map(Vocabulary.Fact::nl).toList()));
            String value = fact.getValue() == null ? "" : fact.getValue().strip();
            if (value.isEmpty() || value.equalsIgnoreCase("onbekend")) {
                continue;
            }
            if (target.path().equals("reference") && value.equalsIgnoreCase("nieuw")) {
                value = intake.newReference();
            }
            put(request, target.path(), target.kind(), value);
        }
    }

    @Als("de intakemedewerker om advies vraagt")
    public void omAdviesVraagt() {
        ask(Map.of());
    }

    @Als("de intakemedewerker om advies vraagt met correlatie-id {string}")
    public void omAdviesMetCorrelatie(String correlationId) {
        ask(Map.of("X-Correlation-ID", correlationId));
    }

    @Als("de intakemedewerker om advies in het Engels vraagt")
    public void omAdviesInHetEngelsVraagt() {
        ask(Map.of("Accept-Language", "en"));
    }

    private void ask(Map<String, String> headers) {
        http.send("POST", "/api/v1/assessments", "application/json",
                intake.request().toString().getBytes(StandardCharsets.UTF_8), headers);
        if (http.status() != 201) {
            throw new AssertionError("Advies niet gegeven: " + http.status() + " " + http.text());
        }
    }

    static void put(ObjectNode request, String path, Vocabulary.Kind kind, String value) {
        String[] parts = path.split("\\.");
        ObjectNode parent = request;
        for (int i = 0; i < parts.length - 1; i++) {
            parent = parent.has(parts[i]) ? (ObjectNode) parent.get(parts[i]) : parent.putObject(parts[i]);
        }
        String field = parts[parts.length - 1];
        switch (kind) {
            case NUMBER -> parent.put(field, Integer.parseInt(value));
            case YES_NO -> parent.put(field, switch (value.toLowerCase(Locale.ROOT)) {
                case "ja" -> true;
                case "nee" -> false;
                default -> throw new IllegalArgumentException("'" + value + "' is geen ja of nee");
            });
            case NUMBERS, TEXTS -> {
                ArrayNode list = parent.putArray(field);
                if (!value.equalsIgnoreCase("geen")) {
                    Arrays.stream(value.split(",")).map(String::strip).forEach(v -> {
                        if (kind == Vocabulary.Kind.NUMBERS) {
                            list.add(Integer.parseInt(v));
                        } else {
                            list.add(v);
                        }
                    });
                }
            }
            case TEXT -> parent.put(field, value);
        }
    }
}
