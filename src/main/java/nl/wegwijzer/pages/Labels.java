package nl.wegwijzer.pages;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import nl.wegwijzer.ruleset.Refusal;

/**
 * The pages' words for people, from the message bundle (messages.properties, Dutch): labels of
 * values, help texts, questions. A word the bundle lacks falls back to what it stands for, so a new
 * code in the rules still reads as itself rather than breaking the page.
 */
@Component("labels")
public class Labels {
    static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final MessageSource messages;

    public Labels(MessageSource messages) {
        this.messages = messages;
    }

    /** The text for this key, or the fallback. */
    public String text(String key, String fallback) {
        return messages.getMessage(key, null, fallback, DUTCH);
    }

    /** The text for this key with its arguments filled in. */
    public String format(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, DUTCH);
    }

    /** How a value of an enumeration reads: "waarde.EducationLevel.MASTER", else the value itself. */
    public String value(String schema, String value) {
        return text("waarde." + schema + "." + value, value);
    }

    /** Why a rule-set change was refused, in Dutch when the bundle knows the refusal's code. */
    public String refusal(Refusal refusal) {
        return refusal.code() == null ? refusal.getMessage()
                : messages.getMessage("weigering." + refusal.code(), refusal.arguments(), refusal.getMessage(), DUTCH);
    }
}
