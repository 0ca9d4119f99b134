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
            out.append(text, from, open).append(value(text.substring(open + 1, close)));
            from = close + 1;
            open = text.indexOf('{', from);
        }
        return out.append(text, from, text.length()).toString();
    }

    private String value(String name) {
        return switch (name) {
            case "municipality" -> redact && Intake.UNKNOWN.equals(intake.getMunicipalityCode()) ? TYPED_TEXT
                    : intake.getMunicipalityName();
            case "languageLevel" -> intake.getLanguageLevel();
            case "age" -> Integer.toString(intake.getAge());
            case "teachingExperienceYears" -> String.valueOf(intake.getTeachingExperienceYears());
            case "hoursAvailablePerWeek" -> String.valueOf(intake.getHoursAvailablePerWeek());
            case "subject" -> facts.education() == null ? "" : redact ? TYPED_TEXT : String.valueOf(facts.education().subject());
            default -> "{" + name + "}";
        };
    }
}
