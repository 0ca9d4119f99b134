package nl.wegwijzer.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import nl.wegwijzer.contract.Vocabulary;

/**
 * The intake form, made from the contract's vocabulary: every field of an intake, in the order the
 * contract lists them (the order an intake conversation goes: the person, education and work,
 * income, household, vulnerabilities, civic integration, priorities), each with its Dutch name, how
 * it is answered and the values it may take. No list of facts is kept here.
 */
@Component
public class IntakeFields {
    /** How a field is answered on the page. */
    public enum Input { TEXT, NUMBER, CHOICE, YES_NO, CHECKBOXES, MUNICIPALITY, NUMBERS }

    /** One field: its contract path (also the form's parameter name), label, input and options. */
    public record Field(String path, String label, String help, Input input, List<Option> options, boolean required) {
        /** An id usable in HTML (no dots). */
        public String id() {
            return "veld-" + path.replace('.', '-');
        }
    }

    public record Option(String value, String label) {
    }

    /** Fields under one heading (the first part of their path: education, work, ...). */
    public record Group(String key, String legend, List<Field> fields) {
    }

    private final List<Group> groups;

    public IntakeFields(Vocabulary vocabulary, Labels labels) {
        Map<String, List<Field>> byGroup = new LinkedHashMap<>();
        for (Vocabulary.Fact fact : vocabulary.facts()) {
            String group = fact.path().contains(".") ? fact.path().substring(0, fact.path().indexOf('.'))
                    : fact.required() || fact.path().equals("reference") ? "persoon" : fact.path();
            byGroup.computeIfAbsent(group, g -> new ArrayList<>()).add(field(fact, labels));
        }
        List<Group> result = new ArrayList<>();
        byGroup.forEach((key, fields) -> result.add(new Group(key, labels.text("groep." + key, key), List.copyOf(fields))));
        this.groups = List.copyOf(result);
    }

    private static Field field(Vocabulary.Fact fact, Labels labels) {
        String schema = labels.text("schema." + fact.path(), "");
        List<Option> options = fact.values().stream()
                .map(v -> new Option(v, schema.isEmpty() ? labels.text("waarde." + v, v) : labels.value(schema, v))).toList();
        Input input = fact.path().equals("municipality") ? Input.MUNICIPALITY
                : switch (fact.kind()) {
                    case NUMBER -> Input.NUMBER;
                    case YES_NO -> Input.YES_NO;
                    case NUMBERS -> Input.NUMBERS;
                    case TEXTS -> Input.CHECKBOXES;
                    case TEXT -> options.isEmpty() ? Input.TEXT : Input.CHOICE;
                };
        String label = labels.text("label." + fact.path(), capitalised(fact.nl()));
        return new Field(fact.path(), label, labels.text("hulp." + fact.path(), ""), input, options, fact.required());
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    public List<Group> groups() {
        return groups;
    }

    public List<Field> all() {
        return groups.stream().flatMap(g -> g.fields().stream()).toList();
    }
}
