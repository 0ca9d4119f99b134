package nl.wegwijzer.rules;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.wegwijzer.advice.ConditionState;
import nl.wegwijzer.advice.Decision;
import nl.wegwijzer.advice.IntakeFacts;
import nl.wegwijzer.advice.PathwayOutcome;
import nl.wegwijzer.advice.PathwayStatus;

import static org.assertj.core.api.Assertions.assertThat;

/** The engine adapter over the real rules/ folder: facts in, one decision out, from one rule set. */
class RuleEngineTest {
    private static RuleEngine engine;

    @BeforeAll
    static void compileOnce() {
        engine = new RuleEngine(new RuleSetLoader(Clock.systemUTC()).load(Path.of("rules")));
    }

    private static IntakeFacts teacher(String municipality, String language) {
        return new IntakeFacts("ref-1", municipality, 38, language,
                new IntakeFacts.Education("MASTER", "TEACHING", "PRIMARY", "taal", 7),
                new IntakeFacts.Work("UNEMPLOYED", 7, 24),
                new IntakeFacts.Benefits("BIJSTAND", true),
                new IntakeFacts.Household(true, false, List.of(6, 12)),
                List.of("TRAUMA"),
                new IntakeFacts.Inburgering(true, "B1", List.of("variis")),
                List.of("PAID_WORK", "SOCIAL_CONTACT"));
    }

    private static PathwayOutcome pathway(Decision decision, String code) {
        return decision.pathways().stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Den Haag", "DEN HAAG", "den  haag", "Dén Haag", "'s-Gravenhage", "s-gravenhage", "GM0518", "gm0518", "0518", " Den Haag ", "The Hague", "the hague"})
    void findsTheMunicipalityByNameOfficialNameOrCode(String given) {
        Decision decision = engine.decide(teacher(given.strip(), "B1"));
        assertThat(decision.municipality().known()).isTrue();
        assertThat(decision.municipality().cbsCode()).isEqualTo("GM0518");
        assertThat(pathway(decision, "REFUGEE_ON_BOARD").status()).isEqualTo(PathwayStatus.RECOMMENDED);
    }

    @Test
    void anUnknownMunicipalityIsNotAnError() {
        Decision decision = engine.decide(teacher("Haagse Hout-Zuid", "B1"));
        assertThat(decision.municipality().known()).isFalse();
        assertThat(pathway(decision, "REFUGEE_ON_BOARD").status()).isEqualTo(PathwayStatus.NOT_ELIGIBLE);
        assertThat(pathway(decision, "REFUGEE_ON_BOARD").conditions())
                .anySatisfy(c -> assertThat(c.description().nl()).contains("Haagse Hout-Zuid").contains("Den Haag"));
    }

    @Test
    void whereAPathwayIsAvailableIsToldByItsMunicipalities() {
        assertThat(availabilityText(engine, "Utrecht")).isEqualTo("Niet beschikbaar in Utrecht: alleen in Den Haag.");
    }

    /** Read aloud, a long list helps nobody, and an advice must not grow with the availability table. */
    @Test
    void aPathwayAvailableInManyMunicipalitiesIsToldByTheFirstTenAndHowManyMore(@org.junit.jupiter.api.io.TempDir Path folder)
            throws java.io.IOException {
        nl.wegwijzer.support.RulesCopy.into(folder);
        List<String[]> municipalities = java.nio.file.Files.readAllLines(folder.resolve("gemeenten/gemeenten.drl.csv")).stream()
                .filter(line -> line.startsWith("Gemeente ")).limit(12).map(line -> line.split(",")).toList();
        StringBuilder rows = new StringBuilder();
        for (String[] m : municipalities) {
            rows.append("Beschikbaar: Refugee on Board in ").append(m[2]).append(",true,REFUGEE_ON_BOARD,").append(m[4]).append(",test\n");
        }
        String denHaag = "Refugee on Board): 'binnen de gemeente Den Haag'\"\n";
        nl.wegwijzer.support.RulesCopy.replace(folder, "refugee-on-board/beschikbaarheid.drl.csv", denHaag, denHaag + rows);
        RuleEngine grown = new RuleEngine(new RuleSetLoader(Clock.systemUTC()).load(folder));

        // In alphabetical order: Achtkarspelen, Almere, Ameland, Den Haag, ...
        java.text.Collator dutch = java.text.Collator.getInstance(java.util.Locale.forLanguageTag("nl"));
        List<String> firstTen = java.util.stream.Stream.concat(municipalities.stream().map(m -> m[2]), java.util.stream.Stream.of("Den Haag"))
                .sorted(dutch).limit(10).toList();
        assertThat(firstTen).contains("Den Haag");
        assertThat(availabilityText(grown, "Utrecht")).isEqualTo(
                "Niet beschikbaar in Utrecht: alleen in " + String.join(", ", firstTen) + " en 3 andere gemeenten.");
        assertThat(pathway(grown.decide(teacher("Utrecht", "B1")), "REFUGEE_ON_BOARD").conditions())
                .anySatisfy(c -> assertThat(c.description().en()).endsWith("only in " + String.join(", ", firstTen)
                        + " and 3 other municipalities."));
        assertThat(availabilityText(grown, municipalities.get(11)[2])).as("the twelfth is one of them").isNull();
    }

    private static String availabilityText(RuleEngine engine, String municipality) {
        return pathway(engine.decide(teacher(municipality, "B1")), "REFUGEE_ON_BOARD").conditions().stream()
                .map(c -> c.description().nl()).filter(t -> t.startsWith("Niet beschikbaar")).findFirst().orElse(null);
    }

    @Test
    void everyPathwayOfTheCatalogueGetsExactlyOneStatus() {
        Decision decision = engine.decide(teacher("Apeldoorn", "B2"));
        assertThat(decision.pathways()).extracting(PathwayOutcome::code)
                .containsExactlyElementsOf(engine.current().catalogue().stream().map(p -> p.getCode()).toList());
        assertThat(decision.pathways()).allSatisfy(p -> assertThat(p.status()).isNotNull());
    }

    @Test
    void textsHaveTheirPlaceholdersFilledInBothLanguages() {
        Decision decision = engine.decide(teacher("Apeldoorn", "B2"));
        assertThat(decision.pathways()).flatExtracting(PathwayOutcome::conditions).allSatisfy(c -> {
            assertThat(c.description().nl()).doesNotContain("{").isNotBlank();
            assertThat(c.description().en()).doesNotContain("{").isNotBlank();
        });
        assertThat(pathway(decision, "BAANPARTICIPATIEGROEP").conditions())
                .anySatisfy(c -> assertThat(c.description().nl()).contains("Taalniveau B2"));
    }

    @Test
    void conditionsNameTheRuleThatEstablishedThem() {
        Decision decision = engine.decide(teacher("Apeldoorn", "B2"));
        assertThat(decision.pathways()).flatExtracting(PathwayOutcome::conditions)
                .allSatisfy(c -> assertThat(decision.firedRules()).contains(c.rule()));
    }

    @Test
    void aNotEligiblePathwayHasAnUnmetConditionAndAskForNothing() {
        Decision decision = engine.decide(teacher("Apeldoorn", "A1"));
        PathwayOutcome baan = pathway(decision, "BAANPARTICIPATIEGROEP");
        assertThat(baan.status()).isEqualTo(PathwayStatus.NOT_ELIGIBLE);
        assertThat(baan.conditions()).anySatisfy(c -> assertThat(c.state()).isEqualTo(ConditionState.UNMET));
        assertThat(baan.missingFacts()).isEmpty();
    }

    @Test
    void theDecisionNamesTheRuleSetThatMadeIt() {
        Decision decision = engine.decide(teacher("Apeldoorn", "B2"));
        assertThat(decision.ruleSetVersion()).isEqualTo(engine.current().version());
        assertThat(decision.ruleSetHash()).isEqualTo(engine.current().hash());
    }

    @Test
    void aFullCohortMakesTheAdviceTheWaitingList(@org.junit.jupiter.api.io.TempDir Path copy) throws Exception {
        nl.wegwijzer.support.RulesCopy.into(copy);
        nl.wegwijzer.support.RulesCopy.replace(copy, "refugee-on-board/cohort.drl.csv", "REFUGEE_ON_BOARD,25,0,", "REFUGEE_ON_BOARD,25,25,");
        RuleEngine full = new RuleEngine(new RuleSetLoader(Clock.systemUTC()).load(copy));

        PathwayOutcome rob = pathway(full.decide(teacher("Den Haag", "B1")), "REFUGEE_ON_BOARD");
        assertThat(rob.status()).isEqualTo(PathwayStatus.ELIGIBLE);
        assertThat(rob.waitingList()).isTrue();
        assertThat(rob.conditions()).anySatisfy(c -> {
            assertThat(c.code()).isEqualTo("WAITING_LIST");
            assertThat(c.description().nl()).contains("wachtlijst");
            assertThat(c.source()).contains("seed 001");
        });
        assertThat(pathway(engine.decide(teacher("Den Haag", "B1")), "REFUGEE_ON_BOARD").waitingList()).isFalse();
    }

    @Test
    void availabilityCitesTheTableRowsSource() {
        PathwayOutcome rob = pathway(engine.decide(teacher("Utrecht", "B1")), "REFUGEE_ON_BOARD");
        assertThat(rob.conditions()).anySatisfy(c -> {
            assertThat(c.code()).isEqualTo("AVAILABLE");
            assertThat(c.state()).isEqualTo(ConditionState.UNMET);
            assertThat(c.source()).contains("seed 001");
        });
    }

    @Test
    void concurrentDecisionsAreTheSameAsOneAtATime() throws Exception {
        List<IntakeFacts> intakes = List.of(teacher("Apeldoorn", "A2"), teacher("Den Haag", "B2"), teacher("Utrecht", "C1"));
        List<Decision> expected = intakes.stream().map(engine::decide).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = IntStream.range(0, 400)
                    .mapToObj(i -> pool.submit(() -> engine.decide(intakes.get(i % 3)).equals(expected.get(i % 3))))
                    .toList();
            for (Future<Boolean> same : results) {
                assertThat(same.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
