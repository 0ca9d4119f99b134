package nl.wegwijzer.rules;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.kie.api.runtime.KieSession;

import nl.wegwijzer.advice.IntakeFacts;

/**
 * Where one advice's time goes, step by step, timed on one thread: the steps {@link Outcome#of} takes
 * (a new session, inserting the facts, firing the rules, reading the nine queries), and the whole
 * {@link RuleEngine#decide}; what remains of the whole is assembling the decision and its texts. A
 * measurement for the benchmark report (it lives beside the engine to reach its package-private steps),
 * not a test.
 */
public final class EnginePhases {
    private static final int PER_ROUND = 20_000;
    private static final String[] STEPS = {"a new session", "inserting the intake and the pathways", "firing the rules",
            "reading the outcome (9 queries)", "disposing of the session", "the whole decision (RuleEngine.decide)"};

    private EnginePhases() {
    }

    /** A Markdown table: microseconds per advice for each step, median of the rounds, with the fastest and slowest round. */
    public static String table(List<IntakeFacts> intakes, int warmUpRounds, int rounds) {
        return table(new RuleSetLoader(Clock.systemUTC()).load(Path.of("rules")), intakes, warmUpRounds, rounds);
    }

    /** As {@link #table(List, int, int)} for a rule set loaded elsewhere (a grown copy of the rules, say). */
    public static String table(RuleSet ruleSet, List<IntakeFacts> intakes, int warmUpRounds, int rounds) {
        RuleEngine engine = new RuleEngine(ruleSet);
        for (int r = 0; r < warmUpRounds; r++) {
            round(ruleSet, engine, intakes);
        }
        double[][] measured = new double[STEPS.length][rounds];
        for (int r = 0; r < rounds; r++) {
            double[] round = round(ruleSet, engine, intakes);
            for (int s = 0; s < STEPS.length; s++) {
                measured[s][r] = round[s];
            }
        }
        StringBuilder out = new StringBuilder("| step | µs per advice (median) | fastest–slowest round |\n|---|---:|---|\n");
        double steps = 0;
        for (int s = 0; s < STEPS.length; s++) {
            double[] values = measured[s].clone();
            Arrays.sort(values);
            double median = values[values.length / 2];
            if (s < STEPS.length - 1) {
                steps += median;
            }
            out.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f–%.1f |%n", STEPS[s], median, values[0], values[values.length - 1]));
            if (s == STEPS.length - 1) {
                out.append(String.format(Locale.ROOT, "| of which assembling the decision and its texts (the whole less the steps above) | %.1f | |%n",
                        median - steps));
            }
        }
        return out.toString();
    }

    private static double[] round(RuleSet ruleSet, RuleEngine engine, List<IntakeFacts> intakes) {
        long[] nanos = new long[STEPS.length];
        for (int i = 0; i < PER_ROUND; i++) {
            IntakeFacts facts = intakes.get(i % intakes.size());
            long t0 = System.nanoTime();
            KieSession session = ruleSet.newSession();
            FiredRules fired = new FiredRules();
            session.addEventListener(fired);
            long t1 = System.nanoTime();
            session.insert(RuleEngine.toIntake(facts, ruleSet.municipalityIndex().find(facts.municipality()).orElse(null)));
            for (Object fact : ruleSet.sessionFacts()) {
                session.insert(fact);
            }
            long t2 = System.nanoTime();
            session.fireAllRules();
            long t3 = System.nanoTime();
            for (String query : Outcome.QUERIES) {
                Queries.all(session, query, Object.class);
            }
            long t4 = System.nanoTime();
            session.removeEventListener(fired);
            session.dispose();
            long t5 = System.nanoTime();
            engine.decide(facts);
            long t6 = System.nanoTime();
            nanos[0] += t1 - t0;
            nanos[1] += t2 - t1;
            nanos[2] += t3 - t2;
            nanos[3] += t4 - t3;
            nanos[4] += t5 - t4;
            nanos[5] += t6 - t5;
        }
        return Arrays.stream(nanos).mapToDouble(n -> n / 1e3 / PER_ROUND).toArray();
    }
}
