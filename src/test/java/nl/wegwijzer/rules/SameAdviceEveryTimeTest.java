package nl.wegwijzer.rules;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import nl.wegwijzer.advice.Advice;
import nl.wegwijzer.advice.Advisor;
import nl.wegwijzer.advice.ConditionOutcome;
import nl.wegwijzer.advice.Decision;
import nl.wegwijzer.advice.FactNames;
import nl.wegwijzer.advice.IntakeFacts;
import nl.wegwijzer.advice.PathwayOutcome;
import nl.wegwijzer.advice.Text;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each thing once, the same every time: an intake decided again, in sequence or on several threads
 * at once, gives the same whole advice (pathways, conditions in the same order, obligations, family
 * domains, fired rules, summary); every pathway of the catalogue appears once, and no pathway lists
 * the same condition twice.
 */
class SameAdviceEveryTimeTest {
    private static final FactNames NAMES = path -> new Text(path, path);
    private static RuleEngine engine;
    private static ExecutorService threads;

    @BeforeContainer
    static void compileOnce() {
        engine = new RuleEngine(new RuleSetLoader(Clock.systemUTC()).load(Path.of("rules")));
        threads = Executors.newFixedThreadPool(4);
    }

    @AfterContainer
    static void stop() {
        threads.shutdownNow();
    }

    @Provide
    Arbitrary<IntakeFacts> intakes() {
        Arbitrary<String> level = Arbitraries.of("A0", "A1", "A2", "B1", "B2", "C1", "C2");
        Arbitrary<IntakeFacts.Education> education = Builders.withBuilder(() -> new Object[5])
                .use(Arbitraries.of("NONE", "PRIMARY", "SECONDARY", "VOCATIONAL", "BACHELOR", "MASTER", "DOCTORATE").injectNull(0.2))
                .in((b, v) -> { b[0] = v; return b; })
                .use(Arbitraries.of("TEACHING", "STEM", "HEALTHCARE", "OTHER").injectNull(0.2)).in((b, v) -> { b[1] = v; return b; })
                .use(Arbitraries.of("PRIMARY", "SECONDARY", "VOCATIONAL", "HIGHER").injectNull(0.5)).in((b, v) -> { b[2] = v; return b; })
                .use(Arbitraries.of("wiskunde", "geschiedenis", "taal").injectNull(0.5)).in((b, v) -> { b[3] = v; return b; })
                .use(Arbitraries.integers().between(0, 30).injectNull(0.3)).in((b, v) -> { b[4] = v; return b; })
                .build(b -> new IntakeFacts.Education((String) b[0], (String) b[1], (String) b[2], (String) b[3], (Integer) b[4]))
                .injectNull(0.2);
        Arbitrary<IntakeFacts.Work> work = Arbitraries.of("UNEMPLOYED", "VOLUNTEERING", "EMPLOYED", "EMPLOYED_AS_TEACHER")
                .injectNull(0.2).flatMap(status -> Arbitraries.integers().between(0, 40).injectNull(0.3)
                        .map(hours -> new IntakeFacts.Work(status, null, hours))).injectNull(0.2);
        Arbitrary<IntakeFacts.Benefits> benefits = Arbitraries.of("NONE", "BIJSTAND", "OTHER")
                .map(type -> new IntakeFacts.Benefits(type, type.equals("BIJSTAND") ? Boolean.TRUE : null)).injectNull(0.3);
        Arbitrary<IntakeFacts.Household> household = Arbitraries.integers().between(0, 17).list().ofMaxSize(3)
                .map(children -> new IntakeFacts.Household(!children.isEmpty(), false, children)).injectNull(0.3);
        Arbitrary<IntakeFacts.Inburgering> inburgering = Arbitraries.of(true, false)
                .flatMap(obligated -> Arbitraries.subsetOf("VARIIS", "REFUGEE_ON_BOARD", "VIP").map(done ->
                        new IntakeFacts.Inburgering(obligated, obligated ? "B1" : null, List.copyOf(done)))).injectNull(0.3);
        return Builders.withBuilder(() -> new Object[9])
                .use(Arbitraries.of("Den Haag", "Utrecht", "Apeldoorn", "Amsterdam", "Tilburg", "Nergenshuizen"))
                .in((b, v) -> { b[0] = v; return b; })
                .use(Arbitraries.integers().between(15, 70)).in((b, v) -> { b[1] = v; return b; })
                .use(level).in((b, v) -> { b[2] = v; return b; })
                .use(education).in((b, v) -> { b[3] = v; return b; })
                .use(work).in((b, v) -> { b[4] = v; return b; })
                .use(benefits).in((b, v) -> { b[5] = v; return b; })
                .use(household).in((b, v) -> { b[6] = v; return b; })
                .use(inburgering).in((b, v) -> { b[7] = v; return b; })
                .use(Arbitraries.subsetOf("PAID_WORK", "EDUCATION", "SOCIAL_CONTACT", "NETWORK").map(List::copyOf))
                .in((b, v) -> { b[8] = v; return b; })
                .build(b -> new IntakeFacts(null, (String) b[0], (Integer) b[1], (String) b[2], (IntakeFacts.Education) b[3],
                        (IntakeFacts.Work) b[4], (IntakeFacts.Benefits) b[5], (IntakeFacts.Household) b[6],
                        List.of("TRAUMA"), (IntakeFacts.Inburgering) b[7], castList(b[8])));
    }

    @SuppressWarnings("unchecked")
    private static List<String> castList(Object list) {
        return (List<String>) list;
    }

    @Property(tries = 60)
    void theSameIntakeGetsTheSameWholeAdviceEveryTimeOnEveryThread(@ForAll("intakes") IntakeFacts intake) throws Exception {
        Advice first = advise(intake);
        List<Future<Advice>> parallel = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            parallel.add(threads.submit(() -> advise(intake)));
        }
        assertThat(advise(intake)).as("decided again").isEqualTo(first);
        for (Future<Advice> again : parallel) {
            assertThat(again.get()).as("decided on another thread").isEqualTo(first);
        }
    }

    @Property(tries = 60)
    void everyPathwayOnceAndEveryConditionOnce(@ForAll("intakes") IntakeFacts intake) {
        Decision decision = engine.decide(intake);
        assertThat(decision.pathways()).extracting(PathwayOutcome::code)
                .containsExactlyElementsOf(engine.current().catalogue().stream().map(p -> p.getCode()).toList());
        for (PathwayOutcome pathway : decision.pathways()) {
            Set<String> said = new HashSet<>();
            for (ConditionOutcome condition : pathway.conditions()) {
                assertThat(said.add(condition.code() + " " + condition.description().nl()))
                        .as("%s says '%s' once", pathway.code(), condition.description().nl()).isTrue();
            }
            assertThat(pathway.missingFacts()).doesNotHaveDuplicates();
        }
        assertThat(decision.obligations()).extracting(o -> o.code() + " " + o.pathway()).doesNotHaveDuplicates();
        assertThat(decision.familyDomains()).extracting(d -> d.domain()).doesNotHaveDuplicates();
    }

    /** The advice as given, without what is new each time by design (its id and moment). */
    private static Advice advise(IntakeFacts intake) {
        Advice advice = Advisor.unsaved(intake, engine.decide(intake), NAMES, Instant.EPOCH);
        return new Advice(null, advice.reference(), advice.createdAt(), advice.decision(), advice.summary(), advice.asOf());
    }
}
