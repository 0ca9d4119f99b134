package nl.wegwijzer.advice;

/** The municipality as given, and what the rule set's table made of it (name and CBS code when known). */
public record MunicipalityMatch(String given, boolean known, String name, String cbsCode) {
}
