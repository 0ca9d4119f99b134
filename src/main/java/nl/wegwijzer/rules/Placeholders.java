package nl.wegwijzer.rules;

import nl.wegwijzer.advice.IntakeFacts;
import nl.wegwijzer.advice.Text;
import nl.wegwijzer.rules.facts.Intake;

/**
 * Fills {fact} placeholders in rule texts with the intake's own values, in one pass. With redaction,
 * what an officer typed freely (a subject, a municipality the table does not know) is left out.
 */
final class Placeholders {
    /** Text that stands for free text typed at intake, where the reader may not see the case. */
    static final String TYPED_TEXT = "[vrije tekst]";

    private final Intake intake;
    private final IntakeFacts facts;
    private final boolean redact;

    Placeholders(Intake intake, IntakeFacts facts, boolean redact) {
        this.intake = intake;
        this.facts = facts;
        this.redact = redact;
    }

    Text fill(String nl, String en) {
        return new Text(fill(nl), fill(en));
    }

    private String fill(String text) {
        int open = text == null ? -1 : text.indexOf('{');
        if (open < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        int from = 0;
        while (open >= 0) {
            int close = text.indexOf('}', open);
            if (close < 0) {
                break;
            }
            out.append(text, from, open).append(value(text, open + 1, close));
            from = close + 1;
            open = text.indexOf('{', from);
        }
        return out.append(text, from, text.length()).toString();
    }

    /** The value for the name between {@code from} and {@code to}, compared in place (no substring per placeholder). */
    private String value(String text, int from, int to) {
        if (named(text, from, to, "municipality")) {
            return redact && Intake.UNKNOWN.equals(intake.getMunicipalityCode()) ? TYPED_TEXT : intake.getMunicipalityName();
        } else if (named(text, from, to, "languageLevel")) {
            return intake.getLanguageLevel();
        } else if (named(text, from, to, "age")) {
            return Integer.toString(intake.getAge());
        } else if (named(text, from, to, "teachingExperienceYears")) {
            return String.valueOf(intake.getTeachingExperienceYears());
        } else if (named(text, from, to, "hoursAvailablePerWeek")) {
            return String.valueOf(intake.getHoursAvailablePerWeek());
        } else if (named(text, from, to, "subject")) {
            return facts.education() == null ? "" : redact ? TYPED_TEXT : String.valueOf(facts.education().subject());
        }
        return text.substring(from - 1, to + 1);
    }

    private static boolean named(String text, int from, int to, String name) {
        return to - from == name.length() && text.startsWith(name, from);
    }
}
