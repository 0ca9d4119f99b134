package nl.wegwijzer.rules;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

import nl.wegwijzer.rules.facts.AvailabilityDef;
import nl.wegwijzer.rules.facts.Cohort;
import nl.wegwijzer.rules.facts.MunicipalityDef;
import nl.wegwijzer.rules.facts.PathwayDef;

/**
 * A compiled rule set: the shared, immutable knowledge base plus the reference tables it was read
 * with. One instance serves every assessment until another version replaces it.
 */
public final class RuleSet {
    private final String version;
    private final String hash;
    private final Instant loadedAt;
    private final List<RuleFile> files;
    private final KieBase kieBase;
    private final List<PathwayDef> catalogue;
    private final List<MunicipalityDef> municipalityList;
    private final Municipalities municipalities;
    private final List<AvailabilityDef> availability;
    private final List<Cohort> cohorts;
    private final Object[] sessionFacts;
    private final Map<String, byte[]> sources;
    private final Map<String, TableRow> tableRows;
    private final Map<String, Integer> positions;

    /** The decision-table row a rule was generated from. */
    public record TableRow(String file, int row, String rule) {
    }

    RuleSet(String version, String hash, Instant loadedAt, Map<String, byte[]> sources, List<RuleFile> files, KieBase kieBase,
            List<PathwayDef> catalogue, List<MunicipalityDef> municipalities, List<AvailabilityDef> availability,
            List<Cohort> cohorts, Map<String, TableRow> tableRows, Map<String, Integer> positions) {
        this.positions = Map.copyOf(positions);
        this.tableRows = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(tableRows));
        this.version = version;
        this.hash = hash;
        this.loadedAt = loadedAt;
        this.sources = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(sources));
        this.files = List.copyOf(files);
        this.kieBase = kieBase;
        this.catalogue = List.copyOf(catalogue);
        this.municipalityList = List.copyOf(municipalities);
        this.municipalities = new Municipalities(municipalities);
        this.availability = List.copyOf(availability);
        this.cohorts = List.copyOf(cohorts);
        // Availability and cohorts travel on the pathway definitions: fewer facts per decision.
        this.sessionFacts = this.catalogue.toArray();
    }

    /**
     * The same compiled rules under another version label (a published version number): no
     * recompilation, the hash covers the new label.
     */
    public RuleSet withVersion(String label) {
        return new RuleSet(label, hash(files, label), loadedAt, sources, files, kieBase, catalogue, municipalityList,
                availability, cohorts, tableRows, positions);
    }

    /** The content hash: every file's name and SHA-256, and the version label. */
    static String hash(List<RuleFile> files, String version) {
        StringBuilder all = new StringBuilder();
        for (RuleFile file : files) {
            all.append(file.name()).append('\0').append(file.sha256()).append('\n');
        }
        all.append(RuleSetLoader.DESCRIPTOR).append('\0').append(version).append('\n');
        return RuleSetLoader.sha256(all.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** A fingerprint of the files alone, without the version label: tells whether two sets hold the same rules. */
    public String contentHash() {
        return hash(files, "");
    }

    public String version() { return version; }
    public String hash() { return hash; }
    public Instant loadedAt() { return loadedAt; }
    public List<RuleFile> files() { return files; }
    /** The files as they were compiled, by name: enough to compile this version again. */
    public Map<String, byte[]> sources() { return sources; }
    /** Every decision rule generated from a table row (reference rows excluded), by rule name, with its file and row. */
    public Map<String, TableRow> tableRows() { return tableRows; }
    /** Where each rule is written, as a sortable number (file in name order, then row or line). */
    Map<String, Integer> positions() { return positions; }
    public int ruleCount() { return files.stream().mapToInt(RuleFile::rules).sum(); }
    public List<PathwayDef> catalogue() { return catalogue; }
    public List<MunicipalityDef> municipalities() { return municipalityList; }
    public List<AvailabilityDef> availability() { return availability; }
    public List<Cohort> cohorts() { return cohorts; }

    KieBase kieBase() { return kieBase; }
    /**
     * A new session for one decision. Not pooled: measured no faster here, and a reset pooled
     * session did not honour the subgroup table's activation group (wrong subgroup, intermittently).
     */
    KieSession newSession() { return kieBase.newKieSession(); }
    Municipalities municipalityIndex() { return municipalities; }
    /** Reference facts every assessment session starts with. */
    Object[] sessionFacts() { return sessionFacts; }
}
