package nl.wegwijzer.scenarios;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import nl.wegwijzer.api.Contract;
import nl.wegwijzer.api.InProcessExchange;
import nl.wegwijzer.rules.RuleEngine;
import nl.wegwijzer.rules.RuleSet;
import nl.wegwijzer.rules.RuleSetLoader;

/**
 * Table coverage, as a command: runs the rule scenarios against the rules folder and lists every
 * decision-table row that no scenario makes fire, so policy staff see which rules have no example.
 * {@code ./mvnw -q compile exec:java -Pcoverage} (arguments: rules folder, features folder).
 * Exits 1 when a scenario fails.
 */
public final class Coverage {
    private Coverage() {
    }

    public static void main(String[] args) throws Exception {
        Path rulesDir = Path.of(args.length > 0 ? args[0] : "rules");
        Path featuresDir = Path.of(args.length > 1 ? args[1] : "features");
        RuleSet rules = new RuleSetLoader(Clock.systemUTC()).load(rulesDir);
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());
        Scenarios scenarios = new Scenarios(featuresDir,
                InProcessExchange.factory(new RuleEngine(rules), new Contract(), json, Clock.systemUTC()));
        Scenarios.Result result = scenarios.run(rules);

        Map<String, int[]> perFile = new TreeMap<>();
        rules.tableRows().values().forEach(row -> perFile.computeIfAbsent(row.file(), f -> new int[2])[0]++);
        result.uncoveredRows().forEach(row -> perFile.get(row.file())[1]++);
        System.out.printf("Scenarios (%s) against %s: %d passed, %d failed%n", Scenarios.TAG, rulesDir, result.passed(), result.failed());
        result.failures().forEach(f -> System.out.printf("  FAILED %s:%d %s: %s%n", f.feature(), f.line(), f.scenario(), f.message()));
        int rows = rules.tableRows().size();
        System.out.printf("%nTable rows exercised: %d of %d%n", rows - result.uncoveredRows().size(), rows);
        perFile.forEach((file, counts) -> System.out.printf("  %-36s %3d of %3d rows%n", file, counts[0] - counts[1], counts[0]));
        System.out.printf("%nRows no scenario exercises (%d):%n", result.uncoveredRows().size());
        result.uncoveredRows().forEach(row -> System.out.printf("  %s, row %d (%s)%n", row.file(), row.row(), row.rule()));
        System.exit(result.failed() > 0 ? 1 : 0);
    }
}
