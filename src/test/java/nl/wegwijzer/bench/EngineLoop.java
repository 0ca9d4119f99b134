package nl.wegwijzer.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;

import jdk.jfr.Configuration;
import jdk.jfr.Recording;

import nl.wegwijzer.advice.Advisor;
import nl.wegwijzer.advice.Text;
import nl.wegwijzer.rules.RuleEngine;
import nl.wegwijzer.rules.RuleSetLoader;

/**
 * Whole advices on one thread, profiled by JDK Flight Recorder in the steady state only: compiled, warmed up
 * for the first half of the time, then recorded for the second half into the file given. Run by
 * {@link BenchmarkReport}.
 */
public final class EngineLoop {
    private EngineLoop() {
    }

    public static void main(String[] args) throws Exception {
        RuleEngine engine = new RuleEngine(new RuleSetLoader(Clock.systemUTC()).load(Path.of("rules")));
        long half = Long.parseLong(args[0]) * 500_000_000L;
        decide(engine, half);
        try (Recording recording = new Recording(Configuration.getConfiguration("profile"))) {
            recording.start();
            long n = decide(engine, half);
            recording.stop();
            recording.dump(Path.of(args[1]));
            System.out.println(n + " advices recorded");
        }
    }

    private static long decide(RuleEngine engine, long nanos) {
        long until = System.nanoTime() + nanos;
        long n = 0;
        while (System.nanoTime() < until) {
            var intake = EngineJmh.INTAKES.get((int) (n++ % EngineJmh.INTAKES.size()));
            Advisor.unsaved(intake, engine.decide(intake), path -> new Text(path, path), Instant.EPOCH);
        }
        return n;
    }
}
