package nl.wegwijzer.scenarios;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.junit.jupiter.api.Test;

import nl.wegwijzer.contract.Contract;
import nl.wegwijzer.rules.RuleEngine;
import nl.wegwijzer.rules.RuleSet;
import nl.wegwijzer.rules.RuleSetLoader;

import static org.assertj.core.api.Assertions.assertThat;

/** The rule scenarios in process, as the impact report and the coverage command run them. */
class ScenariosTest {
    private static Scenarios.Result run(RuleSet rules) throws Exception {
        Contract contract = new Contract();
        return new Scenarios(InProcessExchange.factory(new RuleEngine(rules), contract, contract.vocabulary(),
                new ObjectMapper().registerModule(new JavaTimeModule()), Clock.systemUTC()), contract.vocabulary()).run(rules);
    }

    @Test
    void theFolderRulesPassEveryRuleScenarioAndCoverageNamesRealRows() throws Exception {
        RuleSet rules = new RuleSetLoader(Clock.systemUTC()).load(Path.of("rules"));
        Scenarios.Result result = run(rules);
        assertThat(result.failures()).isEmpty();
        assertThat(result.passed()).isGreaterThan(100);
        assertThat(result.uncoveredRows()).allSatisfy(row -> assertThat(rules.tableRows()).containsEntry(row.rule(), row));
        // Every threshold row of the language table has an example.
        assertThat(result.uncoveredRows()).noneMatch(row -> row.file().equals("de-nieuwe-docent/taalniveau.drl.csv"));
        // Reference rows (the catalogue) are read at load, not decided per intake: not counted.
        assertThat(rules.tableRows().values()).noneMatch(row -> row.file().endsWith("trajecten.drl.csv"));
    }

    @Test
    void aChangedThresholdFailsTheScenariosThatDescribeTheOldOne() throws Exception {
        Path folder = nl.wegwijzer.support.RulesCopy.into(Files.createTempDirectory("rules"));
        Path levels = folder.resolve("de-nieuwe-docent/taalniveau.drl.csv");
        Files.writeString(levels, Files.readString(levels)
                .replace("Perspectiefgroep: taalniveau tot B1,\"A0, A1, A2\"", "Perspectiefgroep: taalniveau tot B1,\"A0, A1, A2, B1\"")
                .replace("Perspectiefgroep: taalniveau B1 of hoger,\"B1, B2, C1, C2\"", "Perspectiefgroep: taalniveau B1 of hoger,\"B2, C1, C2\""));
        Scenarios.Result result = run(new RuleSetLoader(Clock.systemUTC()).load(folder));
        assertThat(result.failed()).isPositive();
        assertThat(result.failures()).anySatisfy(f -> {
            assertThat(f.feature()).isEqualTo("de-nieuwe-docent/de-nieuwe-docent.feature");
            // One line an officer can read: what the rules say now, what the scenario expected, and why.
            assertThat(f.message()).startsWith("PERSPECTIEFGROEP is \"aanbevolen\", het scenario verwacht \"past niet\". Want: ")
                    .contains("Taalniveau B1").doesNotContain("{").doesNotContain("\n");
        });
    }

    @Test
    void theCoverageCommandListsEveryTable() throws Exception {
        RuleSet rules = new RuleSetLoader(Clock.systemUTC()).load(Path.of("rules"));
        String report = Coverage.report(Path.of("rules"), rules, run(rules));
        assertThat(rules.files()).filteredOn(f -> f.kind() == nl.wegwijzer.rules.RuleFile.Kind.TABLE).isNotEmpty()
                .allSatisfy(table -> assertThat(report).contains("  " + table.name() + " "));
        assertThat(report).contains("Rijen zonder scenario (0)");
    }
}
