package nl.wegwijzer.advice;

import java.util.Locale;

/** The languages advice texts come in. */
public enum Language {
    NL, EN;

    /** The best match for an Accept-Language header; Dutch when absent or unsupported. */
    public static Language fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return NL;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                String tag = range.getRange().toLowerCase(Locale.ROOT);
                if (range.getWeight() > 0 && (tag.equals("en") || tag.startsWith("en-"))) {
                    return EN;
                }
                if (range.getWeight() > 0 && (tag.equals("nl") || tag.startsWith("nl-"))) {
                    return NL;
                }
            }
        } catch (IllegalArgumentException malformed) {
            return NL;
        }
        return NL;
    }
}
