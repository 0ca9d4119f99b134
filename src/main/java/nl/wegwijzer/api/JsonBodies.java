package nl.wegwijzer.api;

import nl.wegwijzer.contract.Contract;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads request bodies as JSON within fixed bounds: nesting depth, string and number length; a key
 * twice in one object and a string with a lone UTF-16 surrogate are refused. Every refusal names
 * the limit or the field, so a client knows what to change.
 */
public final class JsonBodies {
    public static final int MAX_DEPTH = 16;
    public static final int MAX_STRING = 10_000;
    public static final int MAX_NUMBER = 30;

    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH).maxStringLength(MAX_STRING).maxNumberLength(MAX_NUMBER).build())
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private JsonBodies() {
    }

    /** The mapper that reads bodies within these bounds (also for binding the cleaned tree). */
    public static ObjectMapper mapper() {
        return JSON;
    }

    /** Parses one JSON document; a refusal is an {@link InvalidRequestException} naming what was wrong. */
    public static JsonNode parse(byte[] body) {
        JsonNode tree;
        try {
            tree = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new InvalidRequestException(summary(e), List.of(error(e)));
        } catch (IOException e) {
            throw new InvalidRequestException("The body cannot be read", List.of(new Contract.FieldError("", "", "cannot be read")));
        }
        if (tree == null || tree.isMissingNode()) {
            throw new InvalidRequestException("The body is empty", List.of(new Contract.FieldError("", "", "a JSON value is required")));
        }
        List<Contract.FieldError> surrogates = loneSurrogates(tree);
        if (!surrogates.isEmpty()) {
            throw new InvalidRequestException("The body has text that is not valid Unicode", surrogates);
        }
        return tree;
    }

    /** Parses one line of a batch: the problem, if any, comes back instead of being thrown. */
    public static Parsed parseLine(String line) {
        try {
            JsonNode tree = JSON.readTree(line);
            List<Contract.FieldError> surrogates = loneSurrogates(tree);
            return surrogates.isEmpty() ? new Parsed(tree, List.of()) : new Parsed(null, surrogates);
        } catch (JsonProcessingException e) {
            return new Parsed(null, List.of(error(e)));
        }
    }

    /** A line read: its tree, or why it could not be read. */
    public record Parsed(JsonNode tree, List<Contract.FieldError> errors) {
    }

    static Contract.FieldError error(JsonProcessingException e) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof StreamConstraintsException) {
            String limit = message.contains("nesting depth") ? "nested more than " + MAX_DEPTH + " levels deep"
                    : message.contains("Number value length") ? "a number longer than " + MAX_NUMBER + " characters"
                    : message.contains("String value length") ? "a string longer than " + MAX_STRING + " characters"
                    : "over a limit of this service";
            return new Contract.FieldError("", "", "the body is " + limit);
        }
        if (message.startsWith("Duplicate field '")) {
            String field = message.substring("Duplicate field '".length(), message.indexOf('\'', "Duplicate field '".length()));
            return new Contract.FieldError("", field, "appears twice in one object; each field may appear once");
        }
        String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr() + ")";
        return new Contract.FieldError("", "", "not well-formed JSON" + where);
    }

    private static String summary(JsonProcessingException e) {
        return e instanceof StreamConstraintsException ? "The body is over a limit" : "The body is not well-formed JSON";
    }

    /** Strings (values and keys) holding half of a UTF-16 surrogate pair: not text, and not storable as UTF-8. */
    static List<Contract.FieldError> loneSurrogates(JsonNode tree) {
        List<Contract.FieldError> errors = new ArrayList<>();
        walk(tree, "", errors);
        return errors;
    }

    private static void walk(JsonNode node, String pointer, List<Contract.FieldError> errors) {
        if (node.isTextual() && lone(node.textValue())) {
            errors.add(new Contract.FieldError(pointer, pointer.replaceFirst("^/", "").replace('/', '.'),
                    "holds a lone UTF-16 surrogate, which is not valid Unicode text"));
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String child = pointer + "/" + field.getKey().replace("~", "~0").replace("/", "~1");
                if (lone(field.getKey())) {
                    errors.add(new Contract.FieldError(pointer, "", "a field name holds a lone UTF-16 surrogate"));
                }
                walk(field.getValue(), child, errors);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), pointer + "/" + i, errors);
            }
        }
    }

    private static boolean lone(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return true;
                }
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
