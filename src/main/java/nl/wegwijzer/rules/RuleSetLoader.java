package nl.wegwijzer.rules;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

import nl.wegwijzer.rules.facts.AvailabilityDef;
import nl.wegwijzer.rules.facts.CatalogueRequest;
import nl.wegwijzer.rules.facts.Cohort;
import nl.wegwijzer.rules.facts.MunicipalityDef;
import nl.wegwijzer.rules.facts.PathwayDef;

/**
 * Reads a rules folder (DRL files and *.drl.csv / *.drl.xlsx decision tables plus
 * {@code ruleset.properties}), compiles it once, and reads its reference tables. Every problem
 * is reported by file and line, or by file and table row for a decision table, never by a line
 * of the DRL that Drools generates from a table.
 */
public final class RuleSetLoader {
    public static final String DESCRIPTOR = "ruleset.properties";
    private static final Pattern RULE_NAME = Pattern.compile("^rule \"([^\"]+)\"");
    private static final Pattern ROW_MARKER = Pattern.compile("^// rule values at ([A-Z]+)(\\d+), header at ([A-Z]+)(\\d+)");
    private static final Pattern EMPTY_RULE =
            Pattern.compile("// rule values at [A-Z]+(\\d+)[^\n]*\n\\s*rule \"[^\"]*\"\\s*when\\s*then\\s*end");
    private static final Pattern DRL_POSITION = Pattern.compile("\\[?\\s*Line \\d+:\\d+\\s*\\]?\\s*");

    private static final Pattern POSITION = Pattern.compile("^([^,]*), (?:row|line) (\\d+)");
    /** Problems by file, then by row or line number. */
    private static final Comparator<String> IN_FILE_ORDER = Comparator
            .comparing((String p) -> position(p).file())
            .thenComparingInt(p -> position(p).number());

    private final Clock clock;

    public RuleSetLoader(Clock clock) {
        this.clock = clock;
    }

    public RuleSet load(Path folder) {
        List<String> problems = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            throw new RuleSetException("Rules folder not found", List.of(folder.toAbsolutePath().toString()));
        }
        Map<String, byte[]> sources = readFolder(folder, problems);
        String version = declaredVersion(folder, problems);
        if (!problems.isEmpty()) {
            throw new RuleSetException("Rule set in " + folder + " cannot be read", problems);
        }
        return compile(version, sources);
    }

    /** Compiles rule files given by name (DRL or decision table) under a declared version. */
    public RuleSet compile(String version, Map<String, byte[]> sources) {
        List<String> problems = new ArrayList<>();
        Map<String, String> drl = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> source : sources.entrySet()) {
            try {
                String generated = toDrl(source.getKey(), source.getValue());
                emptyRows(source.getKey(), generated, problems);
                drl.put(source.getKey(), generated);
            } catch (RuntimeException unreadableTable) {
                problems.add(source.getKey() + ": " + unreadableTable.getMessage());
            }
        }
        if (drl.isEmpty() && problems.isEmpty()) {
            problems.add("no rule files (*.drl, *.drl.csv, *.drl.xlsx)");
        }
        if (!problems.isEmpty()) {
            throw new RuleSetException("Rule set cannot be compiled", problems);
        }

        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        for (Map.Entry<String, String> file : drl.entrySet()) {
            Resource resource = ResourceFactory.newByteArrayResource(file.getValue().getBytes(StandardCharsets.UTF_8));
            resource.setSourcePath(file.getKey());
            builder.add(resource, ResourceType.DRL);
        }
        if (builder.hasErrors()) {
            for (KnowledgeBuilderError error : builder.getErrors()) {
                problems.add(describe(error, drl, sources));
            }
            problems.sort(IN_FILE_ORDER);
            throw new RuleSetException("Rule set cannot be compiled", problems);
        }
        KieBase kieBase = builder.newKieBase();
        Map<String, RuleSet.TableRow> tableRows = new LinkedHashMap<>();
        drl.forEach((file, generated) -> {
            if (!file.endsWith(".drl")) {
                String[] lines = generated.split("\n", -1);
                for (int i = 0; i + 1 < lines.length; i++) {
                    Matcher marker = ROW_MARKER.matcher(lines[i].strip());
                    Matcher name = RULE_NAME.matcher(lines[i + 1].strip());
                    if (marker.find() && name.find()) {
                        tableRows.put(name.group(1), new RuleSet.TableRow(file, Integer.parseInt(marker.group(2)), name.group(1)));
                    }
                }
            }
        });

        Map<String, Integer> counts = new LinkedHashMap<>();
        sources.keySet().forEach(name -> counts.put(name, 0));
        Set<String> ruleNames = new HashSet<>();
        for (KiePackage kiePackage : kieBase.getKiePackages()) {
            for (Rule rule : kiePackage.getRules()) {
                Resource resource = ((RuleImpl) rule).getResource();
                counts.merge(resource.getSourcePath(), 1, Integer::sum);
                if (!ruleNames.add(rule.getName())) {
                    problems.add(resource.getSourcePath() + ": rule name \"" + rule.getName()
                            + "\" is used twice; every rule needs its own name, advice lists them by name");
                }
            }
        }
        List<RuleFile> files = new ArrayList<>();
        for (Map.Entry<String, byte[]> source : sources.entrySet()) {
            files.add(new RuleFile(source.getKey(), counts.get(source.getKey()), sha256(source.getValue())));
        }
        files.forEach(file -> {
            if (file.rules() == 0) {
                problems.add(file.name() + ": compiles to no rules (is every table row filled in?)");
            }
        });

        ReferenceData reference = readReference(kieBase, problems);
        // Reference rows (catalogue, municipalities, availability, cohorts) are read once here, not per decision.
        tableRows.keySet().removeAll(reference.rules());
        if (!problems.isEmpty()) {
            throw new RuleSetException("Rule set is not consistent", problems);
        }
        return new RuleSet(version, RuleSet.hash(files, version), clock.instant(), sources, files,
                kieBase, reference.pathways, reference.municipalities, reference.availability, reference.cohorts, tableRows,
                positions(drl));
    }

    /** Every rule's place in the rule set: files in name order, then the row (tables) or line (DRL) it starts at. */
    private static Map<String, Integer> positions(Map<String, String> drl) {
        Map<String, Integer> positions = new java.util.HashMap<>();
        List<String> files = new ArrayList<>(drl.keySet());
        files.sort(Comparator.naturalOrder());
        for (int f = 0; f < files.size(); f++) {
            String[] lines = drl.get(files.get(f)).split("\n", -1);
            boolean table = !files.get(f).endsWith(".drl");
            for (int i = 0; i < lines.length; i++) {
                Matcher name = RULE_NAME.matcher(lines[i].strip());
                if (name.find()) {
                    int place = i + 1;
                    Matcher marker = i > 0 ? ROW_MARKER.matcher(lines[i - 1].strip()) : null;
                    if (table && marker != null && marker.find()) {
                        place = Integer.parseInt(marker.group(2));
                    }
                    positions.putIfAbsent(name.group(1), f * 1_000_000 + place);
                }
            }
        }
        return positions;
    }

    private static Map<String, byte[]> readFolder(Path folder, List<String> problems) {
        Map<String, byte[]> sources = new LinkedHashMap<>();
        try (Stream<Path> listing = Files.list(folder)) {
            for (Path file : listing.filter(Files::isRegularFile).sorted(Comparator.comparing(Path::toString)).toList()) {
                String name = file.getFileName().toString();
                String lower = name.toLowerCase(java.util.Locale.ROOT);
                if (lower.endsWith(".drl") || lower.endsWith(".drl.csv") || lower.endsWith(".drl.xlsx")) {
                    sources.put(name, Files.readAllBytes(file));
                } else if (lower.endsWith(".csv") || lower.endsWith(".xlsx") || lower.endsWith(".xls")) {
                    problems.add(name + ": a decision table must be named *.drl.csv or *.drl.xlsx, or Drools ignores it");
                }
            }
        } catch (IOException e) {
            problems.add(folder + ": " + e.getMessage());
        }
        return sources;
    }

    private static String declaredVersion(Path folder, List<String> problems) {
        Path descriptor = folder.resolve(DESCRIPTOR);
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(Files.readString(descriptor)));
        } catch (IOException e) {
            problems.add(DESCRIPTOR + ": missing (it declares the rule set's version)");
            return null;
        }
        String version = properties.getProperty("version", "").strip();
        if (version.isEmpty()) {
            problems.add(DESCRIPTOR + ": no version=...");
        }
        return version;
    }

    private static String toDrl(String name, byte[] content) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith(".drl")) {
            return new String(content, StandardCharsets.UTF_8);
        }
        InputType type = lower.endsWith(".csv") ? InputType.CSV : InputType.XLS;
        return new SpreadsheetCompiler().compile(new ByteArrayInputStream(content), type);
    }

    /** A table row without conditions or actions would make a rule that fires for everyone and does nothing. */
    private static void emptyRows(String file, String drl, List<String> problems) {
        Matcher empty = EMPTY_RULE.matcher(drl);
        while (empty.find()) {
            problems.add(file + ", row " + empty.group(1) + ": the row is empty (no condition and no action); "
                    + "remove it, or fill it in");
        }
    }

    /** Names the file and line, or for a table the row (and rule) the generated DRL came from. */
    private static String describe(KnowledgeBuilderError error, Map<String, String> drl, Map<String, byte[]> sources) {
        String file = error.getResource() == null ? "(rule set)" : error.getResource().getSourcePath();
        int line = error.getLines().length > 0 ? error.getLines()[0] : 0;
        String message = error.getMessage().strip().replace('\n', ' ');
        if (file.endsWith(".drl") || !drl.containsKey(file)) {
            return file + ", line " + line + ": " + message;
        }
        String[] lines = drl.get(file).split("\n", -1);
        for (int i = Math.min(line, lines.length) - 1; i >= 0; i--) {
            Matcher marker = ROW_MARKER.matcher(lines[i].strip());
            if (marker.find()) {
                String rule = i + 1 < lines.length ? lines[i + 1].strip() : "";
                int row = Integer.parseInt(marker.group(2));
                String errorLine = line >= 1 && line <= lines.length ? lines[line - 1] : "";
                return file + ", row " + row + column(sources.get(file), row, errorLine) + " (" + rule + "): "
                        + DRL_POSITION.matcher(message).replaceAll("");
            }
        }
        return file + " (table header): " + DRL_POSITION.matcher(message).replaceAll("");
    }

    /**
     * The table column whose cell the failing line of generated DRL came from: the longest cell of
     * the row that appears in that line, named by its letter and its column title.
     */
    private static String column(byte[] csv, int row, String errorLine) {
        if (csv == null || errorLine.isBlank()) {
            return "";
        }
        List<List<String>> rows = CsvRows.parse(new String(csv, StandardCharsets.UTF_8));
        if (row < 1 || row > rows.size()) {
            return "";
        }
        List<String> cells = rows.get(row - 1);
        int best = -1;
        for (int c = 1; c < cells.size(); c++) {
            String value = cells.get(c).strip();
            if (!value.isEmpty() && errorLine.contains(value) && (best < 0 || value.length() > cells.get(best).strip().length())) {
                best = c;
            }
        }
        if (best < 0) {
            return "";
        }
        String title = "";
        for (int r = row - 2; r >= 0; r--) {
            List<String> candidate = rows.get(r);
            if (r > 0 && rows.get(r - 1).stream().anyMatch(x -> x.contains("$param") || x.contains("forall"))) {
                title = best < candidate.size() ? candidate.get(best) : "";
                break;
            }
        }
        title = title.replaceFirst("\\s*\\[[^\\]]*]\\s*$", "");
        return ", column " + CsvRows.column(best) + (title.isBlank() ? "" : " (" + title + ")");
    }

    private record ReferenceData(List<PathwayDef> pathways, List<MunicipalityDef> municipalities,
                                 List<AvailabilityDef> availability, List<Cohort> cohorts, Set<String> rules) {
    }

    private static ReferenceData readReference(KieBase kieBase, List<String> problems) {
        List<PathwayDef> pathways = new ArrayList<>();
        List<MunicipalityDef> municipalities = new ArrayList<>();
        List<AvailabilityDef> availability = new ArrayList<>();
        List<Cohort> cohorts = new ArrayList<>();
        RuleEngine.FiredRules read = new RuleEngine.FiredRules();
        KieSession session = kieBase.newKieSession();
        try {
            session.addEventListener(read);
            session.insert(new CatalogueRequest());
            session.fireAllRules();
            for (Object fact : session.getObjects()) {
                if (fact instanceof PathwayDef p) {
                    pathways.add(p);
                } else if (fact instanceof MunicipalityDef m) {
                    municipalities.add(m);
                } else if (fact instanceof AvailabilityDef a) {
                    availability.add(a);
                } else if (fact instanceof Cohort c) {
                    cohorts.add(c);
                }
            }
        } finally {
            session.dispose();
        }
        pathways.sort(Comparator.comparingInt(PathwayDef::getOrder).thenComparing(PathwayDef::getCode));
        municipalities.sort(Comparator.comparing(MunicipalityDef::name));
        availability.sort(Comparator.comparing(AvailabilityDef::pathway).thenComparing(AvailabilityDef::cbsCode));
        if (pathways.isEmpty()) {
            problems.add("no pathways: the catalogue table defines none");
        }
        Map<String, PathwayDef> byCode = new LinkedHashMap<>();
        pathways.forEach(p -> {
            if (byCode.put(p.getCode(), p) != null) {
                problems.add("pathway " + p.getCode() + " is defined twice");
            }
        });
        Map<String, MunicipalityDef> byCbs = new LinkedHashMap<>();
        municipalities.forEach(m -> {
            if (byCbs.put(m.cbsCode(), m) != null) {
                problems.add("municipality " + m.cbsCode() + " is defined twice");
            }
        });
        for (AvailabilityDef a : availability) {
            if (!byCode.containsKey(a.pathway())) {
                problems.add("availability names unknown pathway " + a.pathway());
            }
            if (!a.isEverywhere() && !byCbs.containsKey(a.cbsCode())) {
                problems.add("availability of " + a.pathway() + " names unknown CBS code " + a.cbsCode());
            }
        }
        for (Cohort c : cohorts) {
            if (!byCode.containsKey(c.pathway())) {
                problems.add("cohort names unknown pathway " + c.pathway());
            }
        }
        for (PathwayDef p : pathways) {
            List<AvailabilityDef> rows = availability.stream().filter(a -> a.pathway().equals(p.getCode())).toList();
            if (rows.isEmpty()) {
                problems.add("pathway " + p.getCode() + " has no availability row: it would be available nowhere");
            }
            boolean everywhere = rows.stream().anyMatch(AvailabilityDef::isEverywhere);
            List<AvailabilityDef> local = rows.stream().filter(a -> !a.isEverywhere()).toList();
            p.locate(local.stream().map(a -> byCbs.get(a.cbsCode())).filter(java.util.Objects::nonNull)
                    .map(MunicipalityDef::name).toList(),
                    local.stream().map(AvailabilityDef::cbsCode).collect(java.util.stream.Collectors.toSet()), everywhere,
                    "availability.drl.csv: " + String.join("; ", rows.stream().map(AvailabilityDef::source).distinct().toList()));
            cohorts.stream().filter(c -> c.pathway().equals(p.getCode())).findFirst()
                    .ifPresent(c -> p.cohort(c.capacity(), c.isFull(), "cohorts.drl.csv: " + c.source()));
        }
        return new ReferenceData(pathways, municipalities, availability, cohorts, Set.copyOf(read.names));
    }

    private record Position(String file, int number) {
    }

    private static Position position(String problem) {
        Matcher m = POSITION.matcher(problem);
        return m.find() ? new Position(m.group(1), Integer.parseInt(m.group(2))) : new Position(problem, 0);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
