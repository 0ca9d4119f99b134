package nl.wegwijzer.rules;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.wegwijzer.rules.facts.MunicipalityDef;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The municipality table is the whole 2026 indeling (CBS, 342 municipalities), checked against the
 * mergers that came before it: merged municipalities are gone, the new ones are there.
 */
class MunicipalityTableTest {
    private static RuleSet rules;

    @BeforeAll
    static void load() {
        rules = new RuleSetLoader(Clock.systemUTC()).load(Path.of("rules"));
    }

    @Test
    void everyMunicipalityOfTheIndelingOnceWithItsCbsCode() {
        List<MunicipalityDef> all = rules.municipalities();
        assertThat(all).hasSize(342);
        assertThat(all).extracting(MunicipalityDef::cbsCode).doesNotHaveDuplicates().allMatch(c -> c.matches("GM\\d{4}"));
        assertThat(all).extracting(MunicipalityDef::name).doesNotHaveDuplicates();
    }

    @Test
    void mergersUpToTheIndelingAreApplied() {
        List<String> codes = rules.municipalities().stream().map(MunicipalityDef::cbsCode).toList();
        // 2022: Dijk en Waard (Heerhugowaard, Langedijk), Land van Cuijk, Maashorst (Uden, Landerd); 2023: Voorne aan Zee.
        assertThat(codes).contains("GM1980", "GM1982", "GM1991", "GM1992")
                .doesNotContain("GM0398", "GM0416", "GM0856", "GM1685", "GM0530", "GM0501", "GM0614");
        // 2022: Purmerend took in Beemster.
        assertThat(codes).contains("GM0439").doesNotContain("GM0370");
    }

    @Test
    void municipalitiesAreFoundByNameOfficialNameAndCode() {
        RuleEngine engine = new RuleEngine(rules);
        for (String given : List.of("Voorne aan Zee", "voorne aan zee", "GM1992", "Sudwest-Fryslan", "Súdwest-Fryslân", "Hengelo",
                "Hengelo (O.)", "Bergen (NH.)", "Den Bosch", "'s-Hertogenbosch")) {
            assertThat(engine.decide(new nl.wegwijzer.advice.IntakeFacts(null, given, 30, "A2", null, null, null, null, null, null,
                    null)).municipality().known()).as(given).isTrue();
        }
    }
}
