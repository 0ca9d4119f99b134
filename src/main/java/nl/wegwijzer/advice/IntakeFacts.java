package nl.wegwijzer.advice;

import java.util.List;

/**
 * What is known about the person at intake (PATHWAYS.md section 1). A null nested record or field
 * means "not known"; an empty list means "none". There is no field for a name or a BSN.
 */
public record IntakeFacts(
        String reference,
        String municipality,
        int age,
        String languageLevel,
        Education education,
        Work work,
        Benefits benefits,
        Household household,
        List<String> vulnerabilities,
        Inburgering inburgering,
        List<String> priorities) {

    public IntakeFacts {
        vulnerabilities = vulnerabilities == null ? List.of() : List.copyOf(vulnerabilities);
        priorities = priorities == null ? List.of() : List.copyOf(priorities);
    }

    public record Education(String level, String field, String schoolType, String subject, Integer teachingExperienceYears) {
    }

    public record Work(String status, Integer experienceYears, Integer hoursAvailablePerWeek) {
    }

    public record Benefits(String type, Boolean jobApplicationObligation) {
    }

    public record Household(Boolean partner, Boolean singleParent, List<Integer> childrenAges) {
        public Household {
            childrenAges = childrenAges == null ? List.of() : List.copyOf(childrenAges);
        }
    }

    public record Inburgering(Boolean obligated, String route, List<String> completedProgrammes) {
        public Inburgering {
            completedProgrammes = completedProgrammes == null ? List.of() : List.copyOf(completedProgrammes);
        }
    }
}
