package nl.wegwijzer.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import nl.wegwijzer.advice.IntakeFacts;
import nl.wegwijzer.rules.RuleEngine;
import nl.wegwijzer.rules.RuleSet;
import nl.wegwijzer.rules.RuleSetLoader;

/**
 * Decisions per second of the real rule set, per thread count, then Samen Hier's ranking of 10,000
 * welcome groups ({@link MatchingBenchmark}). Not a test: run it with
 * {@code ./mvnw -q test-compile exec:java -Pbench}. Figures go into the README.
 */
public final class EngineBenchmark {
    private static final List<IntakeFacts> INTAKES = List.of(
            new IntakeFacts("b1", "Apeldoorn", 34, "A2",
                    new IntakeFacts.Education("MASTER", "TEACHING", "SECONDARY", "wiskunde", 5),
                    new IntakeFacts.Work("UNEMPLOYED", 0, 20), new IntakeFacts.Benefits("BIJSTAND", true),
                    new IntakeFacts.Household(false, true, List.of(3, 8)), List.of("TRAUMA"),
                    new IntakeFacts.Inburgering(true, "B1", List.of("VARIIS")), List.of("PAID_WORK")),
            new IntakeFacts("b2", "Den Haag", 27, "B1", null, new IntakeFacts.Work("UNEMPLOYED", 3, 40), null, null,
                    List.of(), null, List.of("SOCIAL_CONTACT")),
            new IntakeFacts("b3", "Nergenshuizen", 61, "A0", null, null, null, null, List.of(), null, List.of()));

    private EngineBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        RuleSet ruleSet = new RuleSetLoader(Clock.systemUTC()).load(Path.of(args.length > 0 ? args[0] : "rules"));
        System.out.printf(Locale.ROOT, "compiled %d rules in %d files in %.2f s%n", ruleSet.ruleCount(), ruleSet.files().size(),
                (System.nanoTime() - start) / 1e9);
        RuleEngine engine = new RuleEngine(ruleSet);
        run(engine, 2, 20);  // warm-up: JIT and MVEL jitting settle
        for (int threads : new int[] {1, 2}) {
            double rate = run(engine, threads, 10);
            System.out.printf(Locale.ROOT, "%d thread(s): %,.0f decisions/s (%,.0f per thread)%n", threads, rate, rate / threads);
        }
        MatchingBenchmark.run(ruleSet);
    }

    private static double run(RuleEngine engine, int threads, int seconds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicBoolean stop = new AtomicBoolean();
        try {
            List<Future<Long>> counts = new java.util.ArrayList<>();
            for (int t = 0; t < threads; t++) {
                counts.add(pool.submit(() -> {
                    long n = 0;
                    while (!stop.get()) {
                        engine.decide(INTAKES.get((int) (n % INTAKES.size())));
                        n++;
                    }
                    return n;
                }));
            }
            long begin = System.nanoTime();
            TimeUnit.SECONDS.sleep(seconds);
            stop.set(true);
            long total = 0;
            for (Future<Long> count : counts) {
                total += count.get();
            }
            return total / ((System.nanoTime() - begin) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }
}
