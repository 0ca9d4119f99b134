package nl.wegwijzer.rules.facts;

import java.util.Arrays;
import java.util.List;

/**
 * A municipality the tables know: its common name, official name, CBS code and other names it is
 * known by (comma-separated, e.g. "The Hague").
 */
public record MunicipalityDef(String name, String officialName, String cbsCode, String aliases, String source) {
    /** Every spelling that finds this municipality. */
    public List<String> spellings() {
        List<String> all = new java.util.ArrayList<>(List.of(name, officialName, cbsCode));
        Arrays.stream(aliases == null ? new String[0] : aliases.split(","))
                .map(String::strip).filter(a -> !a.isEmpty()).forEach(all::add);
        return all;
    }
}
