package nl.wegwijzer.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import nl.wegwijzer.advice.IntakeFacts;
import nl.wegwijzer.rules.RuleEngine;
import nl.wegwijzer.rules.RuleSet;
import nl.wegwijzer.rules.RuleSetLoader;
import nl.wegwijzer.support.RulesCopy;

/**
 * How advice time grows with the tables: a copy of rules/ whose municipality, availability and
 * obligation tables hold 10×, 100× and 1,000× their rows (generated: more municipalities; availability
 * of the real pathways in them; obligations of pathways no intake fits), loaded as the service loads
 * it and timed deciding the benchmark's intakes on one thread. A size that does not load within the
 * time limit is reported as such.
 */
final class GrowthBenchmark {
    record Row(int factor, int municipalities, int availability, int obligations, int rules, double loadSeconds, double microsPerAdvice,
               double minMicros, double maxMicros, String note) {
    }

    private static final long LOAD_LIMIT_MINUTES = 6;

    private GrowthBenchmark() {
    }

    /**
     * Each size in a JVM of its own, as JMH forks: in one JVM the first size measured had the compiler's
     * profile to itself, and every later one met call sites already made general by the rule classes of
     * the sizes before it (3 Dec 2026: 1x 96 us, then 10x 175 us and 1,000x 151 us in one JVM).
     */
    static List<Row> run(int... factors) throws Exception {
        List<Row> rows = new ArrayList<>();
        for (int factor : factors) {
            List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                    System.getProperty("java.class.path"), GrowthBenchmark.class.getName(), Integer.toString(factor));
            Path log = Path.of("target", "bench", "growth-" + factor + ".log");
            Files.createDirectories(log.getParent());
            Process child = new ProcessBuilder(command).redirectError(log.toFile()).start();
            String row = null;
            for (String line : new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith(ROW)) {
                    row = line.substring(ROW.length());
                }
            }
            if (child.waitFor() != 0 || row == null) {
                throw new IllegalStateException("the growth benchmark at " + factor + "x ended without a result; see " + log);
            }
            String[] f = row.split("\t", -1);
            rows.add(new Row(Integer.parseInt(f[0]), Integer.parseInt(f[1]), Integer.parseInt(f[2]), Integer.parseInt(f[3]),
                    Integer.parseInt(f[4]), Double.parseDouble(f[5]), Double.parseDouble(f[6]), Double.parseDouble(f[7]),
                    Double.parseDouble(f[8]), f[9]));
        }
        return rows;
    }

    private static final String ROW = "growth row\t";

    /** Measures the sizes in this JVM, one after another. */
    static List<Row> inThisJvm(int... factors) throws Exception {
        List<Row> rows = new ArrayList<>();
        for (int factor : factors) {
            Path folder = Files.createTempDirectory("wegwijzer-growth-" + factor);
            try {
                int[] counts = grow(folder, factor);
                ExecutorService loader = Executors.newSingleThreadExecutor();
                long begin = System.nanoTime();
                Future<RuleSet> loading = loader.submit(() -> new RuleSetLoader(Clock.systemUTC()).load(folder));
                RuleSet ruleSet;
                try {
                    ruleSet = loading.get(LOAD_LIMIT_MINUTES, TimeUnit.MINUTES);
                } catch (java.util.concurrent.TimeoutException tooLong) {
                    loading.cancel(true);
                    rows.add(new Row(factor, counts[0], counts[1], counts[2], 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                            "did not load within " + LOAD_LIMIT_MINUTES + " minutes"));
                    continue;
                } catch (java.util.concurrent.ExecutionException failed) {
                    rows.add(new Row(factor, counts[0], counts[1], counts[2], 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                            "did not load: " + failed.getCause().getClass().getSimpleName()));
                    continue;
                } finally {
                    loader.shutdownNow();
                }
                double load = (System.nanoTime() - begin) / 1e9;
                RuleEngine engine = new RuleEngine(ruleSet);
                // What loading left behind (at 1,000x some gigabytes) is collected before advice is timed: a service
                // loads once and advises for long after, and the collector's work on the load is no advice's cost.
                System.gc();
                double[] micros = time(engine);
                rows.add(new Row(factor, counts[0], counts[1], counts[2], ruleSet.ruleCount(), load, micros[0], micros[1], micros[2], ""));
            } finally {
                delete(folder);
            }
        }
        return rows;
    }

    /** Median, fastest and slowest of 5 rounds of 2 s each after 20 s of warming up (a fresh JVM: Drools and MVEL settle slowly): microseconds per advice. */
    private static double[] time(RuleEngine engine) {
        List<IntakeFacts> intakes = EngineJmh.INTAKES;
        long warmUntil = System.nanoTime() + 20_000_000_000L;
        int n = 0;
        while (System.nanoTime() < warmUntil) {
            engine.decide(intakes.get(n++ % intakes.size()));
        }
        double[] rounds = new double[5];
        for (int r = 0; r < rounds.length; r++) {
            long begin = System.nanoTime();
            long until = begin + 2_000_000_000L;
            int done = 0;
            while (System.nanoTime() < until) {
                engine.decide(intakes.get(done++ % intakes.size()));
            }
            rounds[r] = (System.nanoTime() - begin) / 1e3 / done;
        }
        java.util.Arrays.sort(rounds);
        return new double[] {rounds[2], rounds[0], rounds[4]};
    }

    /** Copies the rules into the folder and multiplies the rows of the three tables; answers their row counts. */
    static int[] grow(Path into, int factor) throws IOException {
        RulesCopy.into(into);
        int[] counts = new int[3];
        Path municipalities = into.resolve("gemeenten/gemeenten.drl.csv");
        int base = dataRows(municipalities);
        List<String> generated = new ArrayList<>();
        for (int i = 0; i < base * (factor - 1); i++) {
            generated.add(String.format(Locale.ROOT, "Gemeente Gen%06d,true,Gen%06d,Gen%06d,GM%d,,generated for the benchmark", i, i, i, 10000 + i));
        }
        counts[0] = append(municipalities, generated);
        try (Stream<Path> files = Files.walk(into)) {
            for (Path file : files.filter(f -> f.getFileName().toString().equals("beschikbaarheid.drl.csv")).sorted().toList()) {
                String pathway = firstDataRow(file).split(",")[2];
                List<String> rows = new ArrayList<>();
                for (int i = 0; i < dataRows(file) * (factor - 1); i++) {
                    rows.add(String.format(Locale.ROOT, "Beschikbaar gen %s %06d,true,%s,GM%d,generated for the benchmark", pathway, i, pathway, 10000 + i));
                }
                counts[1] += append(file, rows);
            }
        }
        try (Stream<Path> files = Files.walk(into)) {
            for (Path file : files.filter(f -> f.getFileName().toString().equals("verplichtingen.drl.csv")).sorted().toList()) {
                String[] example = firstDataRow(file).split(",", 2);
                String[] rest = example[1].split(",", 2);
                List<String> rows = new ArrayList<>();
                for (int i = 0; i < dataRows(file) * (factor - 1); i++) {
                    // The same row for a pathway no intake fits: the obligation table grows, the advice does not.
                    rows.add(String.format(Locale.ROOT, "%s gen %06d,GEN%s%06d,%s", example[0], i, example[0].replaceAll("\\W", ""), i, rest[1]));
                }
                counts[2] += append(file, rows);
            }
        }
        return counts;
    }

    private static List<String> lines(Path table) throws IOException {
        return new ArrayList<>(Files.readAllLines(table, StandardCharsets.UTF_8));
    }

    /** Index of the column-title row (the last line of a RuleTable's header). */
    private static int header(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("RuleTable")) {
                return i + 4;
            }
        }
        throw new IllegalStateException("no RuleTable");
    }

    private static int end(List<String> lines) {
        int i = header(lines) + 1;
        while (i < lines.size() && !lines.get(i).isBlank() && !lines.get(i).equals("\"\"")) {
            i++;
        }
        return i;
    }

    private static int dataRows(Path table) throws IOException {
        List<String> lines = lines(table);
        return end(lines) - header(lines) - 1;
    }

    private static String firstDataRow(Path table) throws IOException {
        List<String> lines = lines(table);
        return lines.get(header(lines) + 1);
    }

    private static int append(Path table, List<String> rows) throws IOException {
        List<String> lines = lines(table);
        lines.addAll(end(lines), rows);
        Files.write(table, lines, StandardCharsets.UTF_8);
        return dataRows(table);
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }

    /** Measures the sizes given, in this JVM; one line for each, read by {@link #run(int...)}. */
    public static void main(String[] args) throws Exception {
        int[] factors = java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        for (Row r : inThisJvm(factors)) {
            System.out.println(ROW + String.join("\t", List.of(Integer.toString(r.factor()), Integer.toString(r.municipalities()),
                    Integer.toString(r.availability()), Integer.toString(r.obligations()), Integer.toString(r.rules()),
                    Double.toString(r.loadSeconds()), Double.toString(r.microsPerAdvice()), Double.toString(r.minMicros()),
                    Double.toString(r.maxMicros()), r.note().replace('\t', ' ').replace('\n', ' '))));
        }
        System.exit(0);
    }
}
