package nl.wegwijzer.rules.facts;

import java.util.Map;
import java.util.Set;

/**
 * One person's intake as the rules see it. Immutable; built by the engine adapter from the
 * domain record, with the municipality already resolved against the municipality table.
 */
public final class Intake {
    public static final String UNKNOWN = "UNKNOWN";

    /** The contract field (openapi.yaml, AssessmentRequest) each field that tables test is made from. */
    public static final Map<String, String> CONTRACT_PATHS = Map.ofEntries(
            Map.entry("languageLevel", "languageLevel"), Map.entry("educationLevel", "education.level"),
            Map.entry("educationField", "education.field"), Map.entry("schoolType", "education.schoolType"),
            Map.entry("subject", "education.subject"), Map.entry("teachingExperienceYears", "education.teachingExperienceYears"),
            Map.entry("workStatus", "work.status"), Map.entry("experienceYears", "work.experienceYears"),
            Map.entry("hoursAvailablePerWeek", "work.hoursAvailablePerWeek"), Map.entry("benefitsType", "benefits.type"),
            Map.entry("jobApplicationObligation", "benefits.jobApplicationObligation"), Map.entry("partner", "household.partner"),
            Map.entry("singleParent", "household.singleParent"), Map.entry("inburgeringObligated", "inburgering.obligated"),
            Map.entry("inburgeringRoute", "inburgering.route"), Map.entry("completedProgrammes", "inburgering.completedProgrammes"),
            Map.entry("vulnerabilities", "vulnerabilities"), Map.entry("priorities", "priorities"), Map.entry("age", "age"));

    /** Flags that say whether a number or list that may be unknown is known, and the field they speak of. */
    public static final Map<String, String> KNOWN_FLAGS = Map.of(
            "teachingExperienceKnown", "teachingExperienceYears",
            "hoursKnown", "hoursAvailablePerWeek",
            "experienceKnown", "experienceYears",
            "inburgeringKnown", "completedProgrammes");

    private final String municipality;
    private final String municipalityCode;
    private final String municipalityName;
    private final int age;
    private final String languageLevel;
    private final String educationLevel;
    private final String educationField;
    private final String schoolType;
    private final String subject;
    private final Integer teachingExperienceYears;
    private final String workStatus;
    private final Integer experienceYears;
    private final Integer hoursAvailablePerWeek;
    private final String benefitsType;
    private final String jobApplicationObligation;
    private final String partner;
    private final String singleParent;
    private final boolean householdKnown;
    private final int[] childrenAges;
    private final Set<String> vulnerabilities;
    private final String inburgeringObligated;
    private final String inburgeringRoute;
    private final boolean inburgeringKnown;
    private final Set<String> completedProgrammes;
    private final Set<String> priorities;

    public Intake(String municipality, String municipalityCode, String municipalityName, int age,
                  String languageLevel, String educationLevel, String educationField, String schoolType,
                  String subject, Integer teachingExperienceYears, String workStatus, Integer experienceYears,
                  Integer hoursAvailablePerWeek, String benefitsType, Boolean jobApplicationObligation,
                  Boolean partner, Boolean singleParent, boolean householdKnown, int[] childrenAges,
                  Set<String> vulnerabilities, Boolean inburgeringObligated, String inburgeringRoute,
                  boolean inburgeringKnown, Set<String> completedProgrammes, Set<String> priorities) {
        this.municipality = municipality;
        this.municipalityCode = orUnknown(municipalityCode);
        this.municipalityName = municipalityName;
        this.age = age;
        this.languageLevel = languageLevel;
        this.educationLevel = orUnknown(educationLevel);
        this.educationField = orUnknown(educationField);
        this.schoolType = orUnknown(schoolType);
        this.subject = subject == null ? UNKNOWN : subject.strip().toLowerCase(java.util.Locale.ROOT);
        this.teachingExperienceYears = teachingExperienceYears;
        this.workStatus = orUnknown(workStatus);
        this.experienceYears = experienceYears;
        this.hoursAvailablePerWeek = hoursAvailablePerWeek;
        this.benefitsType = orUnknown(benefitsType);
        this.jobApplicationObligation = yesNo(jobApplicationObligation);
        this.partner = yesNo(partner);
        this.singleParent = yesNo(singleParent);
        this.householdKnown = householdKnown;
        this.childrenAges = childrenAges == null ? new int[0] : childrenAges.clone();
        this.vulnerabilities = Set.copyOf(vulnerabilities);
        this.inburgeringObligated = yesNo(inburgeringObligated);
        this.inburgeringRoute = orUnknown(inburgeringRoute);
        this.inburgeringKnown = inburgeringKnown;
        this.completedProgrammes = Set.copyOf(completedProgrammes);
        this.priorities = Set.copyOf(priorities);
    }

    private static String orUnknown(String value) {
        return value == null ? UNKNOWN : value;
    }

    private static String yesNo(Boolean value) {
        return value == null ? UNKNOWN : value ? "YES" : "NO";
    }

    public String getMunicipality() { return municipality; }
    /** CBS code of the resolved municipality, or UNKNOWN when the table does not know it. */
    public String getMunicipalityCode() { return municipalityCode; }
    public String getMunicipalityName() { return municipalityName == null ? municipality : municipalityName; }
    public int getAge() { return age; }
    public String getLanguageLevel() { return languageLevel; }
    public String getEducationLevel() { return educationLevel; }
    public String getEducationField() { return educationField; }
    public String getSchoolType() { return schoolType; }
    /** The subject, lower case, or UNKNOWN. */
    public String getSubject() { return subject; }
    public Integer getTeachingExperienceYears() { return teachingExperienceYears; }
    public boolean isTeachingExperienceKnown() { return teachingExperienceYears != null; }
    public String getWorkStatus() { return workStatus; }
    public Integer getExperienceYears() { return experienceYears; }
    public boolean isExperienceKnown() { return experienceYears != null; }
    public Integer getHoursAvailablePerWeek() { return hoursAvailablePerWeek; }
    public boolean isHoursKnown() { return hoursAvailablePerWeek != null; }
    public String getBenefitsType() { return benefitsType; }
    public String getJobApplicationObligation() { return jobApplicationObligation; }
    public String getPartner() { return partner; }
    public String getSingleParent() { return singleParent; }
    public boolean isHouseholdKnown() { return householdKnown; }
    /** YES when a child's age lies in [from, to], NO when none does, UNKNOWN without household facts. */
    public String childAged(int from, int to) {
        if (!householdKnown) {
            return UNKNOWN;
        }
        for (int childAge : childrenAges) {
            if (childAge >= from && childAge <= to) {
                return "YES";
            }
        }
        return "NO";
    }
    public int getChildren() { return childrenAges.length; }
    public Set<String> getVulnerabilities() { return vulnerabilities; }
    public String getInburgeringObligated() { return inburgeringObligated; }
    public String getInburgeringRoute() { return inburgeringRoute; }
    public boolean isInburgeringKnown() { return inburgeringKnown; }
    /** Programme codes, upper case. */
    public Set<String> getCompletedProgrammes() { return completedProgrammes; }
    public Set<String> getPriorities() { return priorities; }
}
