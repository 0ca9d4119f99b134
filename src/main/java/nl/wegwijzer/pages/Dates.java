package nl.wegwijzer.pages;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * Moments as people in the Netherlands read them: in Dutch, on Dutch time (the API answers in UTC),
 * for the templates as {@code @tijd.moment(...)} and {@code @tijd.day(...)}.
 */
@Component("tijd")
public class Dates {
    public static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");
    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", DUTCH);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", DUTCH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", DUTCH);

    /** "23 november 2026, 22:16". */
    public String moment(OffsetDateTime moment) {
        return moment == null ? "–" : moment.atZoneSameInstant(NETHERLANDS).format(MOMENT);
    }

    /** "23 nov 2026, 22:16", for tables. */
    public String brief(OffsetDateTime moment) {
        return moment == null ? "–" : moment.atZoneSameInstant(NETHERLANDS).format(SHORT);
    }

    /** "23 november 2026". */
    public String day(OffsetDateTime moment) {
        return moment == null ? "–" : moment.atZoneSameInstant(NETHERLANDS).format(DAY);
    }
}
