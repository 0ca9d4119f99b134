package nl.wegwijzer.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import nl.wegwijzer.advice.Advice;
import nl.wegwijzer.advice.Advisor;
import nl.wegwijzer.advice.FactNames;
import nl.wegwijzer.advice.IntakeFacts;
import nl.wegwijzer.advice.Text;
import nl.wegwijzer.rules.RuleEngine;
import nl.wegwijzer.rules.RuleSetLoader;

/**
 * JMH: a whole advice (every pathway, every condition in words, obligations, family domains, summary)
 * through the real rule base, against the plain-Java floor ({@link PlainDecision}), for the same intakes
 * in turn. Run by {@link BenchmarkReport}.
 */
public class EngineJmh {
    /** A teacher on bijstand in Apeldoorn with a family, a young man in Den Haag, an older person in an unknown municipality. */
    public static final List<IntakeFacts> INTAKES = List.of(
            new IntakeFacts("b1", "Apeldoorn", 34, "A2",
                    new IntakeFacts.Education("MASTER", "TEACHING", "SECONDARY", "wiskunde", 5),
                    new IntakeFacts.Work("UNEMPLOYED", 0, 20), new IntakeFacts.Benefits("BIJSTAND", true),
                    new IntakeFacts.Household(false, true, List.of(3, 8)), List.of("TRAUMA"),
                    new IntakeFacts.Inburgering(true, "B1", List.of("VARIIS")), List.of("PAID_WORK")),
            new IntakeFacts("b2", "Den Haag", 27, "B1", null, new IntakeFacts.Work("UNEMPLOYED", 3, 40), null, null,
                    List.of(), null, List.of("SOCIAL_CONTACT")),
            new IntakeFacts("b3", "Nergenshuizen", 61, "A0", null, null, null, null, List.of(), null, List.of()));

    private static final FactNames NAMES = path -> new Text(path, path);

    @State(Scope.Benchmark)
    public static class Engine {
        RuleEngine engine;

        @Setup
        public void compile() {
            engine = new RuleEngine(new RuleSetLoader(Clock.systemUTC()).load(Path.of("rules")));
        }
    }

    @State(Scope.Thread)
    public static class Turn {
        int next;

        IntakeFacts intake() {
            return INTAKES.get(next++ % INTAKES.size());
        }
    }

    @Benchmark
    public Advice advice(Engine engine, Turn turn) {
        IntakeFacts intake = turn.intake();
        return Advisor.unsaved(intake, engine.engine.decide(intake), NAMES, Instant.EPOCH);
    }

    @Benchmark
    public List<PlainDecision.Pathway> plainJava(Turn turn) {
        return PlainDecision.decide(turn.intake());
    }
}
