package nl.wegwijzer.contract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The contract, openapi.yaml, as the running service knows it: served as is, and the source of the
 * JSON schemas that request bodies are checked against, so that validation can never drift from
 * what the contract promises.
 */
@Component
public class Contract {
    /** The header every answer carries with the contract's version (info.version). */
    public static final String VERSION_HEADER = "API-Version";
    private static final String SCHEMAS = "#/components/schemas/";

    private final String yaml;
    private final JsonNode document;
    private final String version;
    private final JsonNode definitions;
    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();

    public Contract() throws IOException {
        try (InputStream in = new ClassPathResource("contract/openapi.yaml").getInputStream()) {
            this.yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        this.document = new ObjectMapper(new YAMLFactory()).readTree(yaml);
        this.version = document.path("info").path("version").asText();
        // OpenAPI 3.0 schema objects as JSON Schema 2020-12: refs point into $defs, and the two
        // OpenAPI-only annotations are dropped.
        String rewritten = new ObjectMapper().writeValueAsString(document.path("components").path("schemas"))
                .replace("\"" + SCHEMAS, "\"#/$defs/");
        JsonNode defs = new ObjectMapper().readTree(rewritten);
        defs.forEach(schema -> strip(schema, List.of("example", "nullable", "x-fact-names")));
        this.definitions = defs;
    }

    public String yaml() {
        return yaml;
    }

    public JsonNode document() {
        return document;
    }

    /** info.version, sent as the API-Version header. */
    public String version() {
        return version;
    }

    /**
     * The words intake facts are given in: every enumeration's values by schema name, and every
     * field of an intake by its dotted path. Decision tables are checked against it.
     */
    public Vocabulary vocabulary() {
        return Vocabulary.of(document);
    }

    /** Whether the contract has a schema of this name under components/schemas. */
    public boolean hasSchema(String name) {
        return definitions.has(name);
    }

    /** Every way the instance breaks the named schema, in document order. */
    public List<FieldError> validate(String schemaName, JsonNode instance) {
        JsonSchema schema = schemas.computeIfAbsent(schemaName, this::compile);
        List<FieldError> errors = new ArrayList<>();
        for (ValidationMessage message : schema.validate(instance)) {
            errors.add(toFieldError(message));
        }
        errors.sort((a, b) -> a.pointer().compareTo(b.pointer()));
        return errors;
    }

    private JsonSchema compile(String name) {
        ObjectNode root = new ObjectMapper().createObjectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$ref", "#/$defs/" + name);
        root.set("$defs", definitions);
        return factory.getSchema(root);
    }

    private static FieldError toFieldError(ValidationMessage message) {
        List<String> path = new ArrayList<>();
        JsonNodePath location = message.getInstanceLocation();
        for (int i = 0; i < location.getNameCount(); i++) {
            path.add(String.valueOf(location.getElement(i)));
        }
        String type = message.getType();
        String detail = Optional.ofNullable(message.getError()).orElse(message.getMessage());
        if (("required".equals(type) || "additionalProperties".equals(type)) && message.getProperty() != null) {
            path.add(message.getProperty());
        }
        detail = switch (type) {
            case "required" -> "is required";
            case "additionalProperties" -> "is not a field of this API (it takes no names, BSNs or other undefined fields)";
            case "not" -> "looks like a citizen service number (BSN); use a pseudonymous reference";
            default -> detail.replaceFirst("^\\$[^:]*: ", "");
        };
        List<String> arguments = message.getArguments() == null ? List.of()
                : java.util.Arrays.stream(message.getArguments()).map(String::valueOf).toList();
        return new FieldError(pointer(path), field(path), detail, type, arguments);
    }

    private static String pointer(List<String> path) {
        StringBuilder pointer = new StringBuilder();
        path.forEach(p -> pointer.append('/').append(p.replace("~", "~0").replace("/", "~1")));
        return pointer.toString();
    }

    private static String field(List<String> path) {
        StringBuilder field = new StringBuilder();
        for (String p : path) {
            if (p.chars().allMatch(Character::isDigit) && !p.isEmpty()) {
                field.append('[').append(p).append(']');
            } else {
                field.append(field.isEmpty() ? "" : ".").append(p);
            }
        }
        return field.toString();
    }

    /** "null is the same as omitted" (openapi.yaml): removes null members before validation. */
    public static void dropNulls(JsonNode node) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getValue().isNull()) {
                    fields.remove();
                } else {
                    dropNulls(field.getValue());
                }
            }
        } else if (node.isArray()) {
            node.forEach(Contract::dropNulls);
        }
    }

    /** Removes OpenAPI-only annotations from schema objects, never from a map of property names. */
    private static void strip(JsonNode node, List<String> keys) {
        if (node.isObject()) {
            ObjectNode schema = (ObjectNode) node;
            schema.remove(keys);
            for (Iterator<Map.Entry<String, JsonNode>> fields = schema.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getKey().equals("properties") || field.getKey().equals("$defs")) {
                    field.getValue().forEach(child -> strip(child, keys));
                } else {
                    strip(field.getValue(), keys);
                }
            }
        } else if (node.isArray()) {
            node.forEach(child -> strip(child, keys));
        }
    }

    /**
     * One invalid field: where (JSON pointer and dotted path) and why; for a break of the schema also
     * which keyword it broke and that keyword's arguments, so that a page can say it in Dutch.
     */
    public record FieldError(String pointer, String field, String detail, String keyword, List<String> arguments) {
        public FieldError(String pointer, String field, String detail) {
            this(pointer, field, detail, "", List.of());
        }
    }
}
