package nl.wegwijzer.ruleset;

import java.util.List;
import java.util.Map;

/**
 * The words intake facts are given in, as the contract (openapi.yaml) defines them: the values of
 * each enumeration, and the paths of the intake's fields. Table cells that name facts are checked
 * against it, so a table cannot speak of a value the API cannot send.
 *
 * @param enums      values by schema name ({@code LanguageLevel} → A0 … C2)
 * @param factPaths  every field of an intake by its dotted path ({@code education.level})
 */
public record Vocabulary(Map<String, List<String>> enums, List<String> factPaths) {
    public static final String LANGUAGE_LEVEL = "LanguageLevel";
    public static final String EDUCATION_LEVEL = "EducationLevel";
    public static final String EDUCATION_FIELD = "EducationField";
    public static final String SCHOOL_TYPE = "SchoolType";
    public static final String WORK_STATUS = "WorkStatus";
    public static final String BENEFITS_TYPE = "BenefitsType";
    public static final String VULNERABILITY = "Vulnerability";
    public static final String PRIORITY = "Priority";
    public static final String INBURGERING_ROUTE = "InburgeringRoute";

    public Vocabulary {
        enums = Map.copyOf(enums);
        factPaths = List.copyOf(factPaths);
    }

    public List<String> values(String schema) {
        List<String> values = enums.get(schema);
        if (values == null) {
            throw new IllegalStateException("the contract has no enumeration " + schema);
        }
        return values;
    }
}
