package nl.wegwijzer.pages;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What an intake officer typed, as the form holds it (parameter name = contract path), and the
 * request body the API takes from it. An empty field is left out: not known. Input that cannot be
 * read as its kind (a word where a number goes) is sent as typed, so the contract's own validation
 * names the field; nothing is decided or corrected here.
 */
public final class IntakeForm {
    private final Map<String, List<String>> values;

    private IntakeForm(Map<String, List<String>> values) {
        this.values = values;
    }

    public static IntakeForm empty() {
        return new IntakeForm(Map.of());
    }

    /** The submitted parameters that are fields of the form. */
    public static IntakeForm of(Map<String, String[]> parameters, List<IntakeFields.Field> fields) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (IntakeFields.Field field : fields) {
            String[] given = parameters.get(field.path());
            if (given != null) {
                List<String> kept = Arrays.stream(given).map(String::strip).filter(v -> !v.isEmpty()).toList();
                if (!kept.isEmpty()) {
                    values.put(field.path(), kept);
                }
            }
        }
        return new IntakeForm(values);
    }

    /** The value typed in a field, or "" (templates fill the inputs with it). */
    public String value(String path) {
        List<String> given = values.get(path);
        return given == null ? "" : String.join(", ", given);
    }

    /** Whether a choice or checkbox value is selected. */
    public boolean has(String path, String value) {
        List<String> given = values.get(path);
        return given != null && given.contains(value);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** The body of an assessment request. */
    public ObjectNode request(List<IntakeFields.Field> fields) {
        ObjectNode request = JsonNodeFactory.instance.objectNode();
        for (IntakeFields.Field field : fields) {
            List<String> given = values.get(field.path());
            if (given == null) {
                continue;
            }
            String[] parts = field.path().split("\\.");
            ObjectNode parent = request;
            for (int i = 0; i < parts.length - 1; i++) {
                parent = parent.has(parts[i]) ? (ObjectNode) parent.get(parts[i]) : parent.putObject(parts[i]);
            }
            parent.set(parts[parts.length - 1], node(field.input(), given));
        }
        return request;
    }

    private static JsonNode node(IntakeFields.Input input, List<String> given) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        String first = given.get(0);
        return switch (input) {
            case NUMBER -> first.matches("-?\\d{1,9}") ? json.numberNode(Integer.parseInt(first)) : json.textNode(first);
            case YES_NO -> switch (first.toLowerCase(Locale.ROOT)) {
                case "ja" -> json.booleanNode(true);
                case "nee" -> json.booleanNode(false);
                default -> json.textNode(first);
            };
            case NUMBERS -> {
                ArrayNode list = json.arrayNode();
                for (String part : String.join(",", given).split(",")) {
                    String item = part.strip();
                    if (!item.isEmpty()) {
                        list.add(item.matches("\\d{1,3}") ? json.numberNode(Integer.parseInt(item)) : json.textNode(item));
                    }
                }
                yield list;
            }
            case CHECKBOXES -> {
                ArrayNode list = json.arrayNode();
                new ArrayList<>(given).forEach(list::add);
                yield list;
            }
            default -> json.textNode(first);
        };
    }

    /** A compact form of the values, to carry between what-if requests. */
    public Map<String, List<String>> values() {
        return values;
    }
}
