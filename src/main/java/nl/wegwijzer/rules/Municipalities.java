package nl.wegwijzer.rules;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import nl.wegwijzer.rules.facts.MunicipalityDef;

/**
 * Finds a municipality of the table by name, official name or CBS code, ignoring case, accents,
 * spaces and punctuation ("'s-Gravenhage", "s Gravenhage", "GM0518", "0518" all find Den Haag).
 */
final class Municipalities {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
    private static final Pattern BARE_CODE = Pattern.compile("[0-9]{1,4}");

    private final Map<String, MunicipalityDef> byKey = new HashMap<>();
    // The spellings in the table itself skip the (regex) normalisation: most intakes use them.
    private final Map<String, MunicipalityDef> exact = new HashMap<>();

    Municipalities(List<MunicipalityDef> municipalities) {
        for (MunicipalityDef m : municipalities) {
            for (String spelling : m.spellings()) {
                byKey.put(key(spelling), m);
                exact.put(spelling, m);
            }
        }
    }

    Optional<MunicipalityDef> find(String given) {
        MunicipalityDef known = exact.get(given);
        if (known != null) {
            return Optional.of(known);
        }
        String key = key(given);
        if (BARE_CODE.matcher(key).matches()) {
            key = "gm" + "0".repeat(4 - key.length()) + key;
        }
        return Optional.ofNullable(byKey.get(key));
    }

    static String key(String text) {
        String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        return NOT_ALPHANUMERIC.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll("");
    }
}
