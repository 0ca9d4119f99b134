package nl.wegwijzer.rules;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

/**
 * Compiles a rule set once: DRL files and decision tables (scenario files travel along, uncompiled),
 * with every problem named by file and line, or by file, table row and column. The result is checked
 * for consistency (unique rule names, no file without rules, reference tables that agree).
 */
public final class RuleSetLoader {
    private static final Pattern POSITION = Pattern.compile("^([^,]*), (?:row|line) (\\d+)");
    /** Problems by file, then by row or line number. */
    private static final Comparator<String> IN_FILE_ORDER = Comparator
            .comparing((String p) -> position(p).file())
            .thenComparingInt(p -> position(p).number());

    private final Clock clock;

    public RuleSetLoader(Clock clock) {
        this.clock = clock;
    }

    /** The rules folder as deployed, compiled under a provisional label (versions give it its number). */
    public RuleSet load(Path folder) {
        return compile("folder", RuleFolder.read(folder));
    }

    /** Compiles rule files given by path (DRL, decision tables, scenarios) under a version label. */
    public RuleSet compile(String version, Map<String, byte[]> sources) {
        List<String> problems = new ArrayList<>();
        GeneratedDrl drl = new GeneratedDrl(sources, problems);
        if (drl.byFile().isEmpty() && problems.isEmpty()) {
            problems.add("no rule files (*.drl, *.drl.csv, *.drl.xlsx)");
        }
        if (!problems.isEmpty()) {
            throw new RuleSetException("Rule set cannot be compiled", problems);
        }
        KnowledgeBuilder builder = build(drl.foldedByFile());
        if (builder.hasErrors()) {
            // Told against a rule per row, as the tables read: a folded rule would name its first row only.
            builder = build(drl.byFile());
            for (KnowledgeBuilderError error : builder.getErrors()) {
                problems.add(drl.describe(error));
            }
            problems.sort(IN_FILE_ORDER);
            throw new RuleSetException("Rule set cannot be compiled", problems);
        }
        KieBase kieBase = builder.newKieBase();
        List<RuleFile> files = files(kieBase, sources, drl, problems);
        if (!declaresQueries(kieBase, problems)) {
            throw new RuleSetException("Rule set is not consistent", problems);
        }
        ReferenceTables.Data reference = ReferenceTables.read(kieBase, problems);
        Map<String, RuleSet.TableRow> tableRows = drl.tableRows();
        // Reference rows (catalogue, municipalities, availability, cohorts, domains) are read once, not per decision.
        tableRows.keySet().removeAll(reference.rules());
        if (!problems.isEmpty()) {
            throw new RuleSetException("Rule set is not consistent", problems);
        }
        return new RuleSet(version, RuleSetHash.of(files, version), clock.instant(), sources, files, kieBase, reference,
                tableRows, drl.positions());
    }

    private static KnowledgeBuilder build(Map<String, String> drlByFile) {
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        drlByFile.forEach((file, generated) -> {
            Resource resource = ResourceFactory.newByteArrayResource(generated.getBytes(StandardCharsets.UTF_8));
            resource.setSourcePath(file);
            builder.add(resource, ResourceType.DRL);
        });
        return builder;
    }

    /**
     * Each file with its rule count (a table row is a rule, folded or not) and hash; a rule name used
     * twice, or a rule file without rules, is a problem.
     */
    private static List<RuleFile> files(KieBase kieBase, Map<String, byte[]> sources, GeneratedDrl drl, List<String> problems) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Set<String> ruleNames = new HashSet<>();
        sources.keySet().forEach(name -> {
            counts.put(name, drl.rowsFolded(name).size());
            drl.rowsFolded(name).forEach(row -> unique(row, name, ruleNames, problems));
        });
        for (KiePackage kiePackage : kieBase.getKiePackages()) {
            for (Rule rule : kiePackage.getRules()) {
                String file = ((RuleImpl) rule).getResource().getSourcePath();
                counts.merge(file, 1, Integer::sum);
                unique(rule.getName(), file, ruleNames, problems);
            }
        }
        List<RuleFile> files = new ArrayList<>();
        sources.forEach((name, content) -> {
            RuleFile file = new RuleFile(name, counts.get(name), RuleSetHash.sha256(content));
            if (file.rules() == 0 && RuleFile.compiled(name)) {
                problems.add(name + ": compiles to no rules (is every table row filled in?)");
            }
            files.add(file);
        });
        return files;
    }

    private static void unique(String rule, String file, Set<String> ruleNames, List<String> problems) {
        if (!ruleNames.add(rule)) {
            problems.add(file + ": rule name \"" + rule + "\" is used twice; every rule needs its own name, advice lists them by name");
        }
    }

    /**
     * The engine reads an advice, and the reference tables, through the queries the rules declare; a
     * rule set without them (one written for an earlier release) cannot decide.
     */
    private static boolean declaresQueries(KieBase kieBase, List<String> problems) {
        Set<String> declared = new HashSet<>();
        kieBase.getKiePackages().forEach(p -> p.getQueries().forEach(q -> declared.add(q.getName())));
        List<String> missing = new ArrayList<>(Outcome.QUERIES);
        missing.addAll(ReferenceTables.QUERIES);
        missing.removeAll(declared);
        missing.forEach(q -> problems.add("the rules declare no query \"" + q + "\": this release reads what an advice consists of "
                + "through queries (advies/advies.drl declares them)"));
        return missing.isEmpty();
    }

    private record Position(String file, int number) {
    }

    private static Position position(String problem) {
        Matcher m = POSITION.matcher(problem);
        return m.find() ? new Position(m.group(1), Integer.parseInt(m.group(2))) : new Position(problem, 0);
    }
}
