package nl.wegwijzer.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import nl.wegwijzer.advice.IntakeFacts;

/**
 * The floor for the engine benchmark: the nine pathways decided by hand in plain Java, in simplified form
 * (availability, language level, education, hours, household, programmes completed), each condition with
 * its sentence, as an advice would carry it. It is not the rule set and decides less finely; it says what
 * deciding costs with no engine at all.
 */
final class PlainDecision {
    record Condition(String code, String state, String nl) {
    }

    record Pathway(String code, String status, List<Condition> conditions) {
    }

    private static final List<String> LEVELS = List.of("A0", "A1", "A2", "B1", "B2", "C1", "C2");
    private static final Set<String> APELDOORN = Set.of("apeldoorn", "gm0200");
    private static final Set<String> DEN_HAAG = Set.of("den haag", "'s-gravenhage", "gm0518");

    private PlainDecision() {
    }

    static List<Pathway> decide(IntakeFacts f) {
        String where = f.municipality().strip().toLowerCase(java.util.Locale.ROOT);
        int level = LEVELS.indexOf(f.languageLevel());
        String education = f.education() == null ? null : f.education().level();
        Integer hours = f.work() == null ? null : f.work().hoursAvailablePerWeek();
        boolean family = f.household() != null && (Boolean.TRUE.equals(f.household().partner()) || !f.household().childrenAges().isEmpty());
        List<String> done = f.inburgering() == null ? List.of() : f.inburgering().completedProgrammes();
        List<Pathway> out = new ArrayList<>(9);
        out.add(pathway("PERSPECTIEFGROEP", everywhere(), level(level < 3, "Taalniveau " + f.languageLevel() + ", onder B1."),
                known(education, e -> e.equals("BACHELOR") || e.equals("MASTER") || e.equals("DOCTORATE"), "Opleidingsniveau " + education + ".")));
        out.add(pathway("BAANPARTICIPATIEGROEP", everywhere(), level(level >= 3, "Taalniveau " + f.languageLevel() + ", B1 of hoger."),
                known(education, e -> e.equals("BACHELOR") || e.equals("MASTER"), "Opleidingsniveau " + education + ".")));
        out.add(pathway("ALUMNI_MENTOR", everywhere(), level(level >= 3, "Taalniveau " + f.languageLevel() + ".")));
        out.add(pathway("SCHOOL_VOLUNTEERING", everywhere(), level(level >= 1, "Taalniveau " + f.languageLevel() + ".")));
        out.add(pathway("REFUGEE_ON_BOARD", in(where, DEN_HAAG, "Den Haag"), level(level >= 2, "Taalniveau " + f.languageLevel() + "."),
                not(done.contains("REFUGEE_ON_BOARD"), "Nog niet gevolgd.")));
        out.add(pathway("VARIIS_EMPOWERMENT", in(where, APELDOORN, "Apeldoorn"), not(done.contains("VARIIS"), "VARIIS nog niet afgerond."),
                new Condition("RECOMMENDATION", family ? "MET" : "UNKNOWN", family ? "Huishouden met partner of kinderen." : "")));
        out.add(pathway("CARE_INTERNSHIP", in(where, APELDOORN, "Apeldoorn"), level(level >= 2, "Taalniveau " + f.languageLevel() + "."),
                known(hours, h -> h >= 16, hours + " uur per week beschikbaar; de zorgstage vraagt 16."),
                not(!done.contains("VARIIS"), "Heeft het VARIIS-programma afgerond.")));
        out.add(pathway("SAMEN_HIER_WELCOME_GROUP", everywhere(), not(done.contains("SAMEN_HIER"), "Nog geen welkomgroep gehad.")));
        out.add(pathway("VIP", everywhere(), not(done.contains("VIP"), "VIP nog niet gevolgd."),
                known(f.work() == null ? null : f.work().experienceYears(), y -> y >= 0, "Werkervaring bekend.")));
        return out;
    }

    private static Pathway pathway(String code, Condition... conditions) {
        boolean unmet = false;
        boolean unknown = false;
        boolean recommended = false;
        for (Condition c : conditions) {
            unmet |= c.state().equals("UNMET");
            unknown |= c.state().equals("UNKNOWN") && !c.code().equals("RECOMMENDATION");
            recommended |= c.code().equals("RECOMMENDATION") && c.state().equals("MET");
        }
        return new Pathway(code, unmet ? "NOT_ELIGIBLE" : unknown ? "UNDETERMINED" : recommended ? "RECOMMENDED" : "ELIGIBLE",
                List.of(conditions));
    }

    private static Condition everywhere() {
        return new Condition("AVAILABLE", "MET", "Landelijk beschikbaar.");
    }

    private static Condition in(String where, Set<String> names, String name) {
        boolean here = names.contains(where);
        return new Condition("AVAILABLE", here ? "MET" : "UNMET", here ? "Beschikbaar in " + name + "." : "Alleen in " + name + ".");
    }

    private static Condition level(boolean met, String nl) {
        return new Condition("LANGUAGE_LEVEL", met ? "MET" : "UNMET", nl);
    }

    private static Condition not(boolean met, String nl) {
        return new Condition("NOT_COMPLETED_BEFORE", met ? "MET" : "UNMET", nl);
    }

    private static <T> Condition known(T value, java.util.function.Predicate<T> test, String nl) {
        return value == null ? new Condition("FACT", "UNKNOWN", "Nog niet bekend.")
                : new Condition("FACT", test.test(value) ? "MET" : "UNMET", nl);
    }
}
