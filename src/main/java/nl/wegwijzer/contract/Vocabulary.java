package nl.wegwijzer.contract;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The words intake facts are given in, as the contract (openapi.yaml) defines them, and only there:
 * the values of each enumeration, and the intake's fields with their names for people. Table cells
 * that name facts are checked against it, so a table cannot speak of a value the API cannot send;
 * the scenarios' fact tables and the summary's "still ask about" use its names.
 *
 * @param enums  values by schema name ({@code LanguageLevel} → A0 … C2)
 * @param facts  every field of an intake, in contract order
 */
public record Vocabulary(Map<String, List<String>> enums, List<Fact> facts) {
    /** How a fact is written in a scenario's table. */
    public enum Kind { TEXT, NUMBER, YES_NO, NUMBERS, TEXTS }

    /**
     * A field of the intake: its dotted path ({@code education.level}), its names in Dutch and English
     * (the contract's {@code x-fact-names}), how it is written, the values it may take when the
     * contract enumerates them (of the items, for a list), and whether every intake has it.
     */
    public record Fact(String path, String nl, String en, Kind kind, List<String> values, boolean required) {
        public Fact {
            values = List.copyOf(values);
        }
    }

    public static final String LANGUAGE_LEVEL = "LanguageLevel";
    public static final String EDUCATION_LEVEL = "EducationLevel";
    public static final String EDUCATION_FIELD = "EducationField";
    public static final String SCHOOL_TYPE = "SchoolType";
    public static final String WORK_STATUS = "WorkStatus";
    public static final String BENEFITS_TYPE = "BenefitsType";
    public static final String VULNERABILITY = "Vulnerability";
    public static final String PRIORITY = "Priority";
    public static final String INBURGERING_ROUTE = "InburgeringRoute";
    public static final String CHILD_SCHOOL = "ChildSchool";

    public Vocabulary {
        enums = Map.copyOf(enums);
        facts = List.copyOf(facts);
    }

    public List<String> factPaths() {
        return facts.stream().map(Fact::path).toList();
    }

    /** The fact with this path, if the contract has it. */
    public Optional<Fact> fact(String path) {
        return facts.stream().filter(f -> f.path().equals(path)).findFirst();
    }

    /** The facts' names for people; a path the contract does not know is named by itself. */
    public nl.wegwijzer.advice.FactNames names() {
        return path -> fact(path).map(f -> new nl.wegwijzer.advice.Text(f.nl(), f.en()))
                .orElseGet(() -> new nl.wegwijzer.advice.Text(path, path));
    }

    /** The fact a scenario names in Dutch, case-insensitively. */
    public Optional<Fact> factNamed(String dutch) {
        return facts.stream().filter(f -> f.nl().equalsIgnoreCase(dutch.strip())).findFirst();
    }

    public List<String> values(String schema) {
        List<String> values = enums.get(schema);
        if (values == null) {
            throw new IllegalStateException("the contract has no enumeration " + schema);
        }
        return values;
    }

    /** Reads the vocabulary from the contract document (openapi.yaml parsed). */
    public static Vocabulary of(JsonNode document) {
        return VocabularyReader.read(document);
    }
}
