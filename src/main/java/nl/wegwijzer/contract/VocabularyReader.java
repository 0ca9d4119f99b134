package nl.wegwijzer.contract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;

/** Reads the {@link Vocabulary} from openapi.yaml: enumerations, and every field of AssessmentRequest with its names. */
final class VocabularyReader {
    private VocabularyReader() {
    }

    static Vocabulary read(JsonNode document) {
        Map<String, List<String>> enums = new TreeMap<>();
        document.path("components").path("schemas").fields().forEachRemaining(schema -> {
            if (schema.getValue().has("enum")) {
                List<String> values = new ArrayList<>();
                schema.getValue().path("enum").forEach(v -> values.add(v.asText()));
                enums.put(schema.getKey(), values);
            }
        });
        JsonNode request = document.path("components").path("schemas").path("AssessmentRequest");
        List<Vocabulary.Fact> facts = new ArrayList<>();
        Set<String> required = new HashSet<>();
        request.path("required").forEach(r -> required.add(r.asText()));
        facts(document, "", request, request.path("x-fact-names"), required, facts);
        request.path("x-fact-names").fieldNames().forEachRemaining(named -> {
            if (facts.stream().noneMatch(f -> f.path().equals(named))) {
                throw new IllegalStateException("openapi.yaml: AssessmentRequest x-fact-names names " + named + ", which is no field");
            }
        });
        return new Vocabulary(enums, facts);
    }

    private static void facts(JsonNode document, String prefix, JsonNode schema, JsonNode names, Set<String> required,
                              List<Vocabulary.Fact> facts) {
        JsonNode resolved = resolve(document, schema);
        if (!resolved.has("properties")) {
            JsonNode name = names.path(prefix);
            if (name.size() != 2) {
                throw new IllegalStateException("openapi.yaml: AssessmentRequest x-fact-names has no [Dutch, English] names for " + prefix);
            }
            facts.add(new Vocabulary.Fact(prefix, name.get(0).asText(), name.get(1).asText(), kind(document, resolved),
                    values(document, resolved), required.contains(prefix)));
            return;
        }
        resolved.path("properties").fields().forEachRemaining(p ->
                facts(document, prefix.isEmpty() ? p.getKey() : prefix + "." + p.getKey(), p.getValue(), names, required, facts));
    }

    private static JsonNode resolve(JsonNode document, JsonNode schema) {
        return schema.has("$ref")
                ? document.path("components").path("schemas").path(schema.path("$ref").asText().substring("#/components/schemas/".length()))
                : schema;
    }

    private static Vocabulary.Kind kind(JsonNode document, JsonNode schema) {
        String type = schema.path("type").asText();
        if (type.equals("array")) {
            return resolve(document, schema.path("items")).path("type").asText().equals("integer") ? Vocabulary.Kind.NUMBERS : Vocabulary.Kind.TEXTS;
        }
        return switch (type) {
            case "integer" -> Vocabulary.Kind.NUMBER;
            case "boolean" -> Vocabulary.Kind.YES_NO;
            default -> Vocabulary.Kind.TEXT;
        };
    }

    /** The enumerated values of a field, or of its items for a list; none when the contract does not enumerate them. */
    private static List<String> values(JsonNode document, JsonNode schema) {
        JsonNode enumerated = schema.path("type").asText().equals("array") ? resolve(document, schema.path("items")) : schema;
        List<String> values = new ArrayList<>();
        enumerated.path("enum").forEach(v -> values.add(v.asText()));
        return values;
    }
}
