package nl.wegwijzer.rules;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

import nl.wegwijzer.rules.facts.AvailabilityDef;
import nl.wegwijzer.rules.facts.Cohort;
import nl.wegwijzer.rules.facts.DomainDef;
import nl.wegwijzer.rules.facts.MunicipalityDef;
import nl.wegwijzer.rules.facts.PathwayDef;

/**
 * A compiled rule set: the shared, immutable knowledge base plus the reference tables it was read
 * with and the scenario files that travel with it. One instance serves every assessment until
 * another version replaces it.
 */
public final class RuleSet {
    private final String version;
    private final String hash;
    private final Instant loadedAt;
    private final List<RuleFile> files;
    private final KieBase kieBase;
    private final ReferenceTables.Data reference;
    private final Municipalities municipalities;
    private final Object[] sessionFacts;
    private final Map<String, byte[]> sources;
    private final Map<String, TableRow> tableRows;
    private final Map<String, Integer> positions;

    /** The decision-table row a rule was generated from. */
    public record TableRow(String file, int row, String rule) {
    }

    RuleSet(String version, String hash, Instant loadedAt, Map<String, byte[]> sources, List<RuleFile> files, KieBase kieBase,
            ReferenceTables.Data reference, Map<String, TableRow> tableRows, Map<String, Integer> positions) {
        this.version = version;
        this.hash = hash;
        this.loadedAt = loadedAt;
        this.sources = Collections.unmodifiableMap(new LinkedHashMap<>(sources));
        this.files = List.copyOf(files);
        this.kieBase = kieBase;
        this.reference = reference;
        this.municipalities = new Municipalities(reference.municipalities());
        this.tableRows = Collections.unmodifiableMap(new LinkedHashMap<>(tableRows));
        this.positions = Map.copyOf(positions);
        // Availability and cohorts travel on the pathway definitions: fewer facts per decision.
        this.sessionFacts = reference.pathways().toArray();
    }

    /** The same compiled rules under another version label (a published version number): no recompilation. */
    public RuleSet withVersion(String label) {
        return new RuleSet(label, RuleSetHash.of(files, label), loadedAt, sources, files, kieBase, reference, tableRows, positions);
    }

    /** A fingerprint of the files alone, without the version label: tells whether two sets hold the same rules. */
    public String contentHash() {
        return RuleSetHash.of(files, "");
    }

    public String version() { return version; }
    public String hash() { return hash; }
    public Instant loadedAt() { return loadedAt; }
    public List<RuleFile> files() { return files; }
    /** The files as they were compiled, by path, scenarios included: enough to compile this version again. */
    public Map<String, byte[]> sources() { return sources; }
    /** The Dutch scenarios that travel with these rules, by path. */
    public Map<String, byte[]> scenarios() {
        Map<String, byte[]> scenarios = new LinkedHashMap<>();
        sources.forEach((path, content) -> {
            if (RuleFile.kindOf(path) == RuleFile.Kind.SCENARIOS) {
                scenarios.put(path, content);
            }
        });
        return scenarios;
    }
    /** Every decision rule generated from a table row (reference rows excluded), by rule name, with its file and row. */
    public Map<String, TableRow> tableRows() { return tableRows; }
    public int ruleCount() { return files.stream().mapToInt(RuleFile::rules).sum(); }
    public List<PathwayDef> catalogue() { return reference.pathways(); }
    public List<MunicipalityDef> municipalities() { return reference.municipalities(); }
    public List<AvailabilityDef> availability() { return reference.availability(); }
    public List<Cohort> cohorts() { return reference.cohorts(); }
    public List<DomainDef> domains() { return reference.domains(); }
    /** Samen Hier's matching tables, indexed (empty for a rule set from before matching). */
    public MatchTables matching() { return reference.matching(); }
    public HouseholdTables household() { return reference.household(); }

    /** Where each rule is written, as a sortable number (file in path order, then row or line). */
    Map<String, Integer> positions() { return positions; }
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
