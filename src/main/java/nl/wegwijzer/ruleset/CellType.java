package nl.wegwijzer.ruleset;

import nl.wegwijzer.contract.Vocabulary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a cell of a decision table may hold. Each column declares its type at the end of its title,
 * in brackets ({@code Taalniveau (languageLevel) [taalniveaus]}); a draft's cells are checked against
 * it before anything is compiled. A value is data: free text can never leave the string literal the
 * template puts it in (no quote, backslash, dollar, line break or control character), and words
 * reach a template only inside quotes (checked when the table is read, see {@link TableShape}).
 */
public enum CellType {
    NAME("naam", Part.WORD, "a rule name: text without \" \\ $ or line breaks, not empty"),
    TEXT("tekst", Part.WORD, "text without \" \\ $ or line breaks"),
    SOURCE("bron", Part.WORD, "the source: a seed document or a law article, text without \" \\ $ or line breaks"),
    TEXT_LIST("tekstlijst", Part.WORD, "words separated by commas (each text without \" \\ $)"),
    BOOLEAN("ja/nee", Part.NUMBER, "true or false"),
    INTEGER("geheel getal", Part.NUMBER, "a whole number from 0 to 999999"),
    DECIMAL("getal", Part.NUMBER, "a number such as 16 or 2.5"),
    CODE("code", Part.WORD, "a code in capitals, digits and _ (e.g. CARE_INTERNSHIP)"),
    CODES("codes", Part.WORD, "codes in capitals, digits and _, separated by commas"),
    GROUP("groep", Part.WORD, "a group name in small letters, digits and -"),
    CBS_CODE("CBS-code", Part.WORD, "a CBS municipality code (GM0518) or * for every municipality"),
    AGES("leeftijden", Part.NUMBER, "two ages, from and to (e.g. 4, 17)"),
    CODE_AND_ORDER("code en volgorde", Part.MIXED, "a code and a whole number (e.g. VIP, 90)"),
    FACTS("gegevens", Part.WORD, "intake fields by their API name (e.g. education.level), separated by commas"),
    OUTCOME("uitkomst", Part.WORD, "MET, UNMET or UNKNOWN", "MET", "UNMET", "UNKNOWN"),
    CHANCE("kans", Part.WORD, "SMALL or UNKNOWN", "SMALL", "UNKNOWN"),
    LAW("wet", Part.WORD, "WET_INBURGERING or PARTICIPATIEWET", "WET_INBURGERING", "PARTICIPATIEWET"),
    DOMAIN("domein", Part.WORD, "a Bloemmodel domain", "ONDERWIJS", "OPVOEDING", "PARTICIPATIE_INTEGRATIE", "WERK_INKOMEN",
            "ZORG_WELZIJN"),
    SUBGROUP("subgroep", Part.WORD, "BETAGROEP, BASISONDERWIJS or ALGEMENE_GROEP", "BETAGROEP", "BASISONDERWIJS",
            "ALGEMENE_GROEP"),
    YES_NO_UNKNOWN("ja/nee/onbekend", Part.WORD, "YES, NO or UNKNOWN, separated by commas", "YES", "NO", "UNKNOWN"),
    LANGUAGE_LEVELS("taalniveaus", Part.WORD, "language levels", Vocabulary.LANGUAGE_LEVEL),
    EDUCATION_LEVELS("opleidingsniveaus", Part.WORD, "education levels", Vocabulary.EDUCATION_LEVEL),
    EDUCATION_FIELDS("vakgebieden", Part.WORD, "fields of education", Vocabulary.EDUCATION_FIELD),
    SCHOOL_TYPES("schooltypes", Part.WORD, "school types", Vocabulary.SCHOOL_TYPE),
    WORK_STATUSES("arbeidssituaties", Part.WORD, "employment statuses", Vocabulary.WORK_STATUS),
    BENEFITS("uitkeringen", Part.WORD, "kinds of benefits", Vocabulary.BENEFITS_TYPE),
    VULNERABILITIES("kwetsbaarheden", Part.WORD, "vulnerabilities", Vocabulary.VULNERABILITY),
    PRIORITIES("prioriteiten", Part.WORD, "priorities", Vocabulary.PRIORITY),
    ROUTES("leerroutes", Part.WORD, "inburgering routes", Vocabulary.INBURGERING_ROUTE),
    SCHOOLS("scholen", Part.WORD, "where a child goes to school", Vocabulary.CHILD_SCHOOL);

    /** Where a value may stand in a template: a number anywhere, a word only inside a string literal. */
    enum Part { NUMBER, WORD, MIXED }

    public static final int MAX_LENGTH = 2_000;
    private static final Pattern CODE_PATTERN = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");
    private static final Pattern ITEM_SEPARATOR = Pattern.compile("\\s*,\\s*");

    private final String token;
    private final Part part;
    private final String accepts;
    private final List<String> fixed;
    private final String vocabulary;

    CellType(String token, Part part, String accepts, String... fixed) {
        this.token = token;
        this.part = part;
        this.accepts = accepts;
        this.fixed = List.of(fixed);
        this.vocabulary = null;
    }

    CellType(String token, Part part, String accepts, String vocabulary) {
        this.token = token;
        this.part = part;
        this.accepts = accepts;
        this.fixed = List.of();
        this.vocabulary = vocabulary;
    }

    /** The word a column title uses for this type, between brackets. */
    public String token() {
        return token;
    }

    Part part() {
        return part;
    }

    /** What the column accepts, in words (for refusals and the tables' documentation). */
    public String accepts(Vocabulary words) {
        if (vocabulary != null) {
            return accepts + " (" + String.join(", ", words.values(vocabulary)) + ", or UNKNOWN), separated by commas";
        }
        return accepts;
    }

    public static Optional<CellType> byToken(String token) {
        return Arrays.stream(values()).filter(t -> t.token.equals(token)).findFirst();
    }

    /**
     * Why the value does not fit the type; empty when it does. An empty cell always fits: in a
     * decision table it means "any value" (condition) or "do not do this" (action).
     */
    public Optional<String> check(String value, Vocabulary words) {
        if (value.isEmpty()) {
            return this == NAME ? Optional.of("a rule needs a name") : Optional.empty();
        }
        if (value.length() > MAX_LENGTH) {
            return Optional.of("longer than " + MAX_LENGTH + " characters");
        }
        return switch (this) {
            case NAME, TEXT, SOURCE -> text(value);
            case TEXT_LIST -> items(value).stream().map(CellType::text).flatMap(Optional::stream).findFirst();
            case BOOLEAN -> matches(value, "true|false");
            case INTEGER -> matches(value, "[0-9]{1,6}");
            case DECIMAL -> matches(value, "[0-9]{1,6}(\\.[0-9]{1,3})?");
            case CODE -> matches(value, CODE_PATTERN.pattern());
            case CODES -> allMatch(items(value), CODE_PATTERN.pattern());
            case GROUP -> matches(value, "[a-z][a-z0-9-]{0,63}");
            case CBS_CODE -> matches(value, "GM[0-9]{4}|\\*");
            case AGES -> matches(value, "[0-9]{1,3}\\s*,\\s*[0-9]{1,3}");
            case CODE_AND_ORDER -> matches(value, "[A-Z][A-Z0-9_]{0,63}\\s*,\\s*[0-9]{1,6}");
            case FACTS -> among(items(value), words.factPaths());
            default -> among(items(value), allowed(words));
        };
    }

    private List<String> allowed(Vocabulary words) {
        if (vocabulary == null) {
            return fixed;
        }
        List<String> values = new ArrayList<>(words.values(vocabulary));
        values.add("UNKNOWN");
        return values;
    }

    private Optional<String> matches(String value, String regex) {
        return value.matches(regex) ? Optional.empty() : Optional.of("'" + shown(value) + "' is not " + accepts);
    }

    private Optional<String> allMatch(List<String> items, String regex) {
        return items.stream().filter(i -> !i.matches(regex)).findFirst()
                .map(i -> "'" + shown(i) + "' is not " + accepts);
    }

    private Optional<String> among(List<String> items, java.util.Collection<String> allowed) {
        Set<String> known = Set.copyOf(allowed);
        return items.stream().filter(i -> !known.contains(i)).findFirst()
                .map(i -> "'" + shown(i) + "' is not one of " + String.join(", ", allowed));
    }

    static List<String> items(String value) {
        return List.of(ITEM_SEPARATOR.split(value.strip(), -1));
    }

    /**
     * Text is kept inside the string literal its template gives it: no quote or backslash (which
     * could end or escape the literal, also as a \\u0022 escape), no $ (template parameters), no line
     * break, control or formatting character (a line break ends a comment; bidi controls hide code).
     */
    static Optional<String> text(String value) {
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            String refused = switch (c) {
                case '"' -> "a double quote (\")";
                case '\\' -> "a backslash (\\)";
                case '$' -> "a dollar sign ($)";
                default -> {
                    int type = Character.getType(c);
                    yield type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                            || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE
                            || type == Character.PRIVATE_USE || type == Character.UNASSIGNED
                            ? String.format(Locale.ROOT, "the character U+%04X (a control, formatting or line-break character)", c)
                            : null;
                }
            };
            if (refused != null) {
                return Optional.of("text may not contain " + refused);
            }
            i += Character.charCount(c);
        }
        return Optional.empty();
    }

    private static String shown(String value) {
        String cut = value.length() > 60 ? value.substring(0, 60) + "…" : value;
        return cut.replaceAll("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]", "?");
    }
}
