package nl.wegwijzer.rules.facts;

/** A municipality the tables know: its common name, official name and CBS code. */
public record MunicipalityDef(String name, String officialName, String cbsCode, String source) {
}
