package nl.wegwijzer.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
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
     * the sizes before it (3 Dec 2026: 1x 96 us, then 10x 175 us and 1,000x 151 us in one JVM). The JVMs
     * load and warm up one after another, then take turns, one 2 s round each, five times: this machine's
     * speed drifts by minutes (3 Dec 2026, evening: the 10x size, measured alone after the 1x one, took
     * 1.42x its time with rounds from 110 to 170 us), and sizes measured in turn meet the same drift.
     */
    static List<Row> run(int... factors) throws Exception {
        List<Size> sizes = new ArrayList<>();
        try {
            for (int factor : factors) {
                sizes.add(Size.start(factor)); // loaded and warmed up alone, the sizes before it waiting
            }
            for (int round = 0; round < ROUNDS; round++) {
                for (Size size : sizes) {
                    size.round();
                }
            }
            List<Row> rows = new ArrayList<>();
            for (Size size : sizes) {
                rows.add(size.end());
            }
            return rows;
        } finally {
            sizes.forEach(Size::stop);
        }
    }

    private static final int ROUNDS = 5;
    private static final String ROW = "growth row\t";
    private static final String READY = "growth ready";
    private static final String ROUND = "growth round\t";

    /**
     * One size's JVM, driven a line at a time: it says its row (what loaded, no timing yet), then READY once
     * warm when it loaded, then a ROUND for each round asked for; the timing is worked out here.
     */
    private static final class Size {
        private final int factor;
        private final Process child;
        private final BufferedReader out;
        private final Writer in;
        private final Path log;
        private final Row loaded;
        private final List<Double> rounds = new ArrayList<>();

        private Size(int factor, Process child, Path log) throws IOException {
            this.factor = factor;
            this.child = child;
            this.log = log;
            this.out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            this.in = new OutputStreamWriter(child.getOutputStream(), StandardCharsets.UTF_8);
            this.loaded = parse(expect(ROW));
            if (timed()) {
                expect(READY);
            }
        }

        static Size start(int factor) throws IOException {
            List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                    System.getProperty("java.class.path"), GrowthBenchmark.class.getName(), Integer.toString(factor));
            Path log = Path.of("target", "bench", "growth-" + factor + ".log");
            Files.createDirectories(log.getParent());
            return new Size(factor, new ProcessBuilder(command).redirectError(log.toFile()).start(), log);
        }

        /** A size that did not load has nothing to time: its row says why. */
        private boolean timed() {
            return !Double.isNaN(loaded.loadSeconds());
        }

        void round() throws IOException {
            if (timed()) {
                in.write("round\n");
                in.flush();
                rounds.add(Double.parseDouble(expect(ROUND)));
            }
        }

        /** The row with the median, fastest and slowest round. */
        Row end() {
            if (!timed()) {
                return loaded;
            }
            double[] sorted = rounds.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            Row r = loaded;
            return new Row(r.factor(), r.municipalities(), r.availability(), r.obligations(), r.rules(), r.loadSeconds(),
                    sorted[sorted.length / 2], sorted[0], sorted[sorted.length - 1], r.note());
        }

        void stop() {
            child.destroy();
        }

        /** The next line the child says with this start (lines of its own, from libraries, are passed over); what follows it. */
        private String expect(String start) throws IOException {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith(start)) {
                    return line.substring(start.length());
                }
                if (line.startsWith("growth ")) {
                    throw failed("said " + line);
                }
            }
            throw failed("ended");
        }

        private static Row parse(String row) {
            String[] f = row.split("\t", -1);
            return new Row(Integer.parseInt(f[0]), Integer.parseInt(f[1]), Integer.parseInt(f[2]), Integer.parseInt(f[3]),
                    Integer.parseInt(f[4]), Double.parseDouble(f[5]), Double.parseDouble(f[6]), Double.parseDouble(f[7]),
                    Double.parseDouble(f[8]), f[9]);
        }

        private IllegalStateException failed(String how) {
            return new IllegalStateException("the growth benchmark at " + factor + "x " + how + " without a result; see " + log);
        }
    }

    /** Loads one size in this JVM; answers its row with no timing yet, or with a note when it did not load. */
    private static Loaded load(int factor, Path folder) throws Exception {
        int[] counts = grow(folder, factor);
        ExecutorService loader = Executors.newSingleThreadExecutor();
        long begin = System.nanoTime();
        Future<RuleSet> loading = loader.submit(() -> new RuleSetLoader(Clock.systemUTC()).load(folder));
        try {
            RuleSet ruleSet = loading.get(LOAD_LIMIT_MINUTES, TimeUnit.MINUTES);
            return new Loaded(new Row(factor, counts[0], counts[1], counts[2], ruleSet.ruleCount(), (System.nanoTime() - begin) / 1e9,
                    Double.NaN, Double.NaN, Double.NaN, ""), new RuleEngine(ruleSet));
        } catch (java.util.concurrent.TimeoutException tooLong) {
            loading.cancel(true);
            return new Loaded(new Row(factor, counts[0], counts[1], counts[2], 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                    "did not load within " + LOAD_LIMIT_MINUTES + " minutes"), null);
        } catch (java.util.concurrent.ExecutionException failed) {
            return new Loaded(new Row(factor, counts[0], counts[1], counts[2], 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                    "did not load: " + failed.getCause().getClass().getSimpleName()), null);
        } finally {
            loader.shutdownNow();
        }
    }

    private record Loaded(Row row, RuleEngine engine) {
    }

    /** 20 s of deciding to warm up (a fresh JVM: Drools and MVEL settle slowly). */
    private static void warmUp(RuleEngine engine) {
        List<IntakeFacts> intakes = EngineJmh.INTAKES;
        long warmUntil = System.nanoTime() + 20_000_000_000L;
        int n = 0;
        while (System.nanoTime() < warmUntil) {
            engine.decide(intakes.get(n++ % intakes.size()));
        }
    }

    /** One round of 2 s: microseconds per advice. */
    private static double round(RuleEngine engine) {
        List<IntakeFacts> intakes = EngineJmh.INTAKES;
        long begin = System.nanoTime();
        long until = begin + 2_000_000_000L;
        int done = 0;
        while (System.nanoTime() < until) {
            engine.decide(intakes.get(done++ % intakes.size()));
        }
        return (System.nanoTime() - begin) / 1e3 / done;
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

    /**
     * One size in this JVM, driven by {@link Size} over stdin and stdout: loads and says its row; when it
     * loaded, collects what loading left behind (at 1,000x some gigabytes: a service loads once and advises
     * long after, and the collector's work on the load is no advice's cost), warms up, says READY, and times
     * a round for each "round" until told anything else.
     */
    public static void main(String[] args) throws Exception {
        int factor = Integer.parseInt(args[0]);
        Path folder = Files.createTempDirectory("wegwijzer-growth-" + factor);
        Loaded loaded;
        try {
            loaded = load(factor, folder);
        } finally {
            delete(folder);
        }
        Row r = loaded.row();
        System.out.println(ROW + String.join("\t", List.of(Integer.toString(r.factor()), Integer.toString(r.municipalities()),
                Integer.toString(r.availability()), Integer.toString(r.obligations()), Integer.toString(r.rules()),
                Double.toString(r.loadSeconds()), Double.toString(r.microsPerAdvice()), Double.toString(r.minMicros()),
                Double.toString(r.maxMicros()), r.note().replace('\t', ' ').replace('\n', ' '))));
        if (loaded.engine() != null) {
            System.gc();
            warmUp(loaded.engine());
            System.out.println(READY);
            BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            for (String command = commands.readLine(); "round".equals(command); command = commands.readLine()) {
                System.out.println(ROUND + round(loaded.engine()));
            }
        }
        System.exit(0);
    }
}
