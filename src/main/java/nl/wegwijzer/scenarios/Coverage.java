package nl.wegwijzer.scenarios;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import nl.wegwijzer.contract.Contract;
import nl.wegwijzer.rules.RuleEngine;
import nl.wegwijzer.rules.RuleFile;
import nl.wegwijzer.rules.RuleSet;
import nl.wegwijzer.rules.RuleSetLoader;

/**
 * Table coverage, as a command: runs the rule scenarios against the rules folder and lists every
 * decision-table row that no scenario makes fire, so policy staff see which rules have no example.
 * {@code ./mvnw -q compile exec:java -Pcoverage} (argument: the rules folder, whose scenarios run).
 * Exits 1 when a scenario fails.
 */
public final class Coverage {
    private Coverage() {
    }

    public static void main(String[] args) throws Exception {
        Path rulesDir = Path.of(args.length > 0 ? args[0] : "rules");
        RuleSet rules = new RuleSetLoader(Clock.systemUTC()).load(rulesDir);
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());
        Contract contract = new Contract();
        Scenarios scenarios = new Scenarios(InProcessExchange.factory(new RuleEngine(rules), contract, contract.vocabulary(), json,
                Clock.systemUTC()), contract.vocabulary());
        Scenarios.Result result = scenarios.run(rules);
        System.out.print(report(rulesDir, rules, result));
        System.exit(result.failed() > 0 ? 1 : 0);
    }

    /** Every table of the rule set, by programme folder: how many of its rows the scenarios make fire. */
    static String report(Path rulesDir, RuleSet rules, Scenarios.Result result) {
        StringBuilder out = new StringBuilder();
        out.append(String.format("Scenario's (%s) in %s: %d geslaagd, %d mislukt%n", Scenarios.TAG, rulesDir, result.passed(),
                result.failed()));
        result.failures().forEach(f -> out.append(String.format("  MISLUKT %s:%d %s: %s%n", f.feature(), f.line(), f.scenario(),
                f.message())));
        Map<String, int[]> perFile = new TreeMap<>();
        rules.files().stream().filter(f -> f.kind() == RuleFile.Kind.TABLE).forEach(f -> perFile.put(f.name(), new int[2]));
        rules.tableRows().values().forEach(row -> perFile.computeIfAbsent(row.file(), f -> new int[2])[0]++);
        result.uncoveredRows().forEach(row -> perFile.get(row.file())[1]++);
        int rows = rules.tableRows().size();
        out.append(String.format("%nTabelrijen waarvan een scenario een voorbeeld geeft: %d van %d%n", rows - result.uncoveredRows().size(),
                rows));
        perFile.forEach((file, counts) -> out.append(counts[0] == 0
                ? String.format("  %-52s referentietabel (gelezen bij het laden, beslist niets zelf)%n", file)
                : String.format("  %-52s %3d van %3d rijen%n", file, counts[0] - counts[1], counts[0])));
        out.append(String.format("%nRijen zonder scenario (%d):%n", result.uncoveredRows().size()));
        result.uncoveredRows().forEach(row -> out.append(String.format("  %s, rij %d (%s)%n", row.file(), row.row(), row.rule())));
        return out.toString();
    }
}
