package nl.wegwijzer.rules.facts;

import java.util.List;

/**
 * A pathway of the catalogue, as its table row defines it. Filled by the row's actions and by the
 * loader while the rule set is read; shared read-only between assessments after that.
 */
public final class PathwayDef {
    private final String code;
    private final int order;
    private String programme;
    private String organisation;
    private String nameNl;
    private String nameEn;
    private String descriptionNl;
    private String descriptionEn;
    private String source;
    private List<String> availableIn = List.of();
    private java.util.Set<String> availableCodes = java.util.Set.of();
    private boolean availableEverywhere;
    private String availabilitySource;
    private Integer cohortCapacity;
    private boolean cohortFull;
    private String cohortSource;

    public PathwayDef(String code, int order) {
        this.code = code;
        this.order = order;
    }

    public String getCode() { return code; }
    public int getOrder() { return order; }
    public String getProgramme() { return programme; }
    public void setProgramme(String programme) { this.programme = programme; }
    public String getOrganisation() { return organisation; }
    public void setOrganisation(String organisation) { this.organisation = organisation; }
    public String getNameNl() { return nameNl; }
    public void setNameNl(String nameNl) { this.nameNl = nameNl; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public String getDescriptionNl() { return descriptionNl; }
    public void setDescriptionNl(String descriptionNl) { this.descriptionNl = descriptionNl; }
    public String getDescriptionEn() { return descriptionEn; }
    public void setDescriptionEn(String descriptionEn) { this.descriptionEn = descriptionEn; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
    /** Names of the municipalities with a local availability row, each once, in alphabetical order (as the loader sets them). */
    public List<String> getAvailableIn() { return availableIn; }
    /** CBS codes of the municipalities with a local availability row. */
    public java.util.Set<String> getAvailableCodes() { return availableCodes; }
    public boolean isAvailableEverywhere() { return availableEverywhere; }
    /** Places per cohort, or null when the programme has no cohort table row. */
    public Integer getCohortCapacity() { return cohortCapacity; }
    public boolean isCohortFull() { return cohortFull; }
    /** The sources cited by this pathway's availability rows. */
    public String getAvailabilitySource() { return availabilitySource; }
    public String getCohortSource() { return cohortSource; }

    /** Set once by the loader from the availability table. */
    public void locate(List<String> municipalityNames, java.util.Set<String> cbsCodes, boolean everywhere, String source) {
        this.availableIn = List.copyOf(municipalityNames);
        this.availableCodes = java.util.Set.copyOf(cbsCodes);
        this.availableEverywhere = everywhere;
        this.availabilitySource = source;
    }

    /** Set once by the loader from the cohort table. */
    public void cohort(int capacity, boolean full, String source) {
        this.cohortCapacity = capacity;
        this.cohortFull = full;
        this.cohortSource = source;
    }
}
