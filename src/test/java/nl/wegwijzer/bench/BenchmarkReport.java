package nl.wegwijzer.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import nl.wegwijzer.access.TestKeys;
import nl.wegwijzer.support.FreshDatabase;
import nl.wegwijzer.rules.RuleSetLoader;

/**
 * The benchmark command: {@code ./mvnw -q -Pbench test-compile exec:exec}. Measures, on this machine, in
 * one run, and writes docs/benchmarks.md: the engine (JMH, 1 thread and all cores) next to a plain-Java
 * floor; where the engine's time goes (JDK Flight Recorder); Samen Hier's ranking of 10,000 groups; over
 * HTTP with a JVM load generator at 1, 8 and 32 connections the advice stored on H2, on PostgreSQL, and not
 * stored, each next to a bare endpoint of the same server measured in the same run; start-up to the first
 * served advice; resident memory after load at the default heap and at -Xmx256m. Every figure over
 * repeated runs, with its spread. Not a test.
 */
public final class BenchmarkReport {
    /** The intake every HTTP request sends: the README's example (a single parent in Apeldoorn on bijstand). */
    static final String INTAKE = """
            {"municipality":"Apeldoorn","age":34,"languageLevel":"A2",
             "education":{"level":"VOCATIONAL","field":"HEALTHCARE"},
             "work":{"status":"UNEMPLOYED","experienceYears":2,"hoursAvailablePerWeek":20},
             "benefits":{"type":"BIJSTAND","jobApplicationObligation":true},
             "household":{"partner":false,"singleParent":true,"childrenAges":[3,8]},
             "inburgering":{"obligated":true,"route":"B1","completedProgrammes":["VARIIS"]},
             "priorities":["PAID_WORK"]}""";
    private static final int[] CONNECTIONS = {1, 8, 32};
    private static final int ROUNDS = 2;
    private static final Duration WARM_UP = Duration.ofSeconds(3);
    private static final Duration MEASURE = Duration.ofSeconds(8);

    private final StringBuilder md = new StringBuilder();
    private final Map<String, String> verdicts = new LinkedHashMap<>();

    private BenchmarkReport() {
    }

    public static void main(String[] args) throws Exception {
        BenchmarkReport report = new BenchmarkReport();
        report.run();
        Path out = Path.of("docs", "benchmarks.md");
        Files.writeString(out, report.md.toString());
        System.out.println("written: " + out.toAbsolutePath());
        System.exit(0);
    }

    private void run() throws Exception {
        header();
        engine();
        phases();
        profile();
        matching();
        http();
        httpProfile();
        bulk();
        growth();
        targets();
    }

    private void header() throws Exception {
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("unknown");
        String memory = Files.readAllLines(Path.of("/proc/meminfo")).get(0).replaceAll("[^0-9]", "");
        md.append("# Benchmarks\n\n")
                .append("Written by `./mvnw -q -Pbench test-compile exec:exec` (`src/test/java/nl/wegwijzer/bench/BenchmarkReport.java`);"
                        + " run it again to measure another machine or another change. Not a test: figures vary between runs and machines.\n\n")
                .append("| | |\n|---|---|\n")
                .append("| date | ").append(ZonedDateTime.now().format(DateTimeFormatter.RFC_1123_DATE_TIME)).append(" |\n")
                .append("| machine | ").append(cpu).append(", ").append(Runtime.getRuntime().availableProcessors()).append(" cores, ")
                .append(Long.parseLong(memory) / 1024 / 1024).append(" GiB |\n")
                .append("| Java | ").append(System.getProperty("java.vm.name")).append(' ').append(System.getProperty("java.version")).append(" |\n")
                .append("| versions | ").append(String.join(", ", versions())).append(" |\n")
                .append("| rule set | ").append(new RuleSetLoader(Clock.systemUTC()).load(Path.of("rules")).ruleCount())
                .append(" rules from `rules/` |\n\n");
    }

    private static List<String> versions() {
        List<String> found = new ArrayList<>();
        for (String jar : List.of("spring-boot", "drools-core", "h2", "postgresql", "jmh-core")) {
            Matcher m = Pattern.compile("/" + jar + "-([0-9][^/]*?)\\.jar").matcher(System.getProperty("java.class.path"));
            if (m.find()) {
                found.add(jar + " " + m.group(1));
            }
        }
        return found;
    }

    // ---------------------------------------------------------------- engine

    private void engine() throws Exception {
        System.out.println("engine (JMH) ...");
        md.append("## The engine, in process (JMH)\n\n")
                .append("A whole advice (every pathway with every condition in words, obligations, family domains, summary) for the")
                .append(" benchmark's three intakes in turn, through the real rule base; beside it the plain-Java floor")
                .append(" (`PlainDecision`: the nine pathways decided by hand in simplified form, with their sentences). One fork,")
                .append(" 5 warm-up iterations of 4 s (Drools and MVEL settle slowly) and 5 measured of 3 s; the spread is JMH's 99.9% interval and the slowest and fastest iteration.\n\n")
                .append("| what | threads | advices/s | ± (99.9%) | slowest–fastest iteration |\n|---|---:|---:|---:|---|\n");
        for (int threads : new int[] {1, Runtime.getRuntime().availableProcessors()}) {
            Collection<RunResult> results = new Runner(new OptionsBuilder().include(EngineJmh.class.getName() + "\\.")
                    .forks(1).threads(threads).warmupIterations(5).warmupTime(TimeValue.seconds(4))
                    .measurementIterations(5).measurementTime(TimeValue.seconds(3)).shouldFailOnError(true).build()).run();
            for (RunResult r : results) {
                var score = r.getPrimaryResult();
                String name = r.getParams().getBenchmark().endsWith("advice") ? "advice (rule engine)" : "plain-Java floor";
                md.append(String.format(Locale.ROOT, "| %s | %d | %,.0f | %,.0f | %,.0f–%,.0f |%n", name, threads, score.getScore(),
                        score.getScoreError(), score.getStatistics().getMin(), score.getStatistics().getMax()));
                if (threads == 1 && name.startsWith("advice")) {
                    verdicts.put("engine ≥ 100,000 advices/s on one thread, explanations intact",
                            verdict(score.getScore() >= 100_000, String.format(Locale.ROOT, "%,.0f/s", score.getScore())));
                }
            }
        }
        md.append('\n');
    }

    // ---------------------------------------------------------------- phases

    private void phases() {
        System.out.println("engine by step ...");
        md.append("## The engine's time, step by step\n\n")
                .append("`EnginePhases`: the benchmark's intakes on one thread, each step of an advice timed with `System.nanoTime` around it")
                .append(" (4 rounds of 20,000 advices to warm up, then 5 measured; the median round shown). The steps are those a decision takes")
                .append(" inside the engine adapter; the whole decision is timed separately, and what it takes beyond the steps is assembling the")
                .append(" advice from what the rules concluded.\n\n")
                .append(nl.wegwijzer.rules.EnginePhases.table(EngineJmh.INTAKES, 4, 5)).append('\n');
    }

    // ---------------------------------------------------------------- profile

    private void profile() throws Exception {
        System.out.println("profile (JFR) ...");
        Path recording = Path.of("target", "bench", "engine.jfr");
        Files.createDirectories(recording.getParent());
        Process loop = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // Drools' network evaluation nests deeply: at JFR's default of 64 frames its samples lost the
                // frames that say which part they belong to, and the engine's share read too low.
                Profile.STACK_DEPTH, "-cp", System.getProperty("java.class.path"), EngineLoop.class.getName(), "40", recording.toString()).redirectErrorStream(true)
                .redirectOutput(Path.of("target", "bench", "engine-loop.log").toFile()).start();
        loop.waitFor();
        md.append("## Where the engine's time goes (JDK Flight Recorder)\n\n")
                .append("`EngineLoop` deciding whole advices on one thread: 20 s to warm up, then 20 s recorded by JFR (profile settings)")
                .append(" (`target/bench/engine.jfr`, open it in JDK Mission Control). Share of execution samples whose stack")
                .append(" passes through each part (a sample can count for several), and the methods most often on top.\n\n");
        md.append(Profile.summary(recording)).append('\n');
    }

    // ---------------------------------------------------------------- matching

    private void matching() throws Exception {
        System.out.println("matching ...");
        List<String[]> rows = MatchingBenchmark.run(new RuleSetLoader(Clock.systemUTC()).load(Path.of("rules")));
        md.append("## Samen Hier: one newcomer ranked against 10,000 welcome groups\n\n")
                .append("Groups generated over the country's postcode areas (fixed seed), stored in H2 in memory as the service")
                .append(" stores them. Milliseconds per ranking over repeated runs after as many warm-up runs.\n\n")
                .append("| what | median | p90 | p99 | max | runs |\n|---|---:|---:|---:|---:|---:|\n");
        rows.forEach(r -> md.append("| ").append(String.join(" | ", r)).append(" |\n"));
        md.append('\n');
        verdicts.put("ranking 10,000 groups well under 100 ms", verdict(Double.parseDouble(rows.get(2)[3]) < 100,
                "read + rank + answer: median " + rows.get(2)[1] + " ms, p99 " + rows.get(2)[3] + " ms"));
    }

    // ---------------------------------------------------------------- HTTP

    private void http() throws Exception {
        md.append("## Over HTTP\n\n")
                .append("The service in its own JVM (`BenchService`: the application plus one bare endpoint, test classpath only),")
                .append(" load from ").append(HttpLoad.described()).append("; each figure ")
                .append(WARM_UP.toSeconds()).append(" s warm-up then ").append(MEASURE.toSeconds()).append(" s measured, after 6 s on each endpoint")
                .append(" when the service has just started; service and load share this machine's cores.")
                .append(" Every request sends the same intake (the README's). The bare endpoint `POST /api/v1/bench/bare` passes the")
                .append(" same filters, key check and rate limit, reads the body into the same request model and answers JSON of the")
                .append(" advice's exact size, without rules or database. Each line is measured in the same run as the bare endpoint;")
                .append(" ").append(ROUNDS).append(" rounds, each round's figure shown.\n\n");
        List<Double> starts = new ArrayList<>();
        try (ServiceProcess service = ServiceProcess.start("h2-default-heap", List.of(),
                List.of(h2("default-heap")))) {
            starts.add(service.startSeconds);
            Map<String, String> paths = new LinkedHashMap<>();
            paths.put("bare endpoint", "/api/v1/bench/bare");
            paths.put("advice stored (audit on H2)", "/api/v1/assessments");
            paths.put("advice not stored (preview)", "/api/v1/assessment-previews");
            Map<String, List<LoadGenerator.Result>> h2 = load(service, paths);
            table("H2 in a file (the embedded default), default heap", h2, "bare endpoint");
            ratioVerdict(h2, "advice stored (audit on H2)", 0.5, "HTTP advice at 32 connections ≥ 0.5× the bare endpoint, audit on H2");
            ratioVerdict(h2, "advice not stored (preview)", 0.8, "HTTP advice at 32 connections ≥ 0.8× the bare endpoint, not stored");
            double p99 = h2.get("advice stored (audit on H2)").stream().filter(r -> r.connections() == 32)
                    .mapToDouble(LoadGenerator.Result::p99Ms).max().orElse(Double.NaN);
            verdicts.put("p99 ≤ 20 ms at 32 connections (stored, H2)", verdict(p99 <= 20, String.format(Locale.ROOT, "%.1f ms", p99)));
            memory("default heap", service.residentMb());
        }
        try (ServiceProcess service = ServiceProcess.start("h2-xmx256m", List.of("-Xmx256m"), List.of(h2("xmx256m")))) {
            starts.add(service.startSeconds);
            Map<String, String> paths = new LinkedHashMap<>();
            paths.put("bare endpoint", "/api/v1/bench/bare");
            paths.put("advice stored (audit on H2)", "/api/v1/assessments");
            table("H2 in a file, -Xmx256m", load(service, paths), "bare endpoint");
            double rss = service.residentMb();
            memory("-Xmx256m", rss);
            verdicts.put("resident memory ≤ 300 MB at -Xmx256m under load", verdict(rss <= 300, String.format(Locale.ROOT, "%.0f MB", rss)));
        }
        try (ServiceProcess service = startOnFreshPostgres()) {
            starts.add(service.startSeconds);
            Map<String, String> paths = new LinkedHashMap<>();
            paths.put("bare endpoint", "/api/v1/bench/bare");
            paths.put("advice stored (audit on PostgreSQL)", "/api/v1/assessments");
            table("PostgreSQL on 127.0.0.1:5432 (database wegwijzer_bench, made afresh), default heap", load(service, paths), "bare endpoint");
        } catch (IllegalStateException unreachable) {
            md.append("### PostgreSQL\n\nNot measured: ").append(unreachable.getMessage())
                    .append(" (PostgreSQL on 127.0.0.1:5432, user postgres, is needed).\n\n");
        }
        String breakdown;
        double trackedRss;
        try (ServiceProcess service = ServiceProcess.start("h2-xmx256m-nmt", List.of("-Xmx256m", "-XX:NativeMemoryTracking=summary"),
                List.of(h2("xmx256m-nmt")))) {
            HttpLoad.run(service.url("/api/v1/assessments"), TestKeys.INTAKE_A, INTAKE.getBytes(java.nio.charset.StandardCharsets.UTF_8), 32,
                    WARM_UP, MEASURE);
            trackedRss = service.residentMb();
            breakdown = NativeMemory.table(service.jcmd("VM.native_memory", "summary"));
        }
        md.append("### Start-up and memory\n\n")
                .append("Start-up: from starting the JVM (classes from `target/`, not a packaged jar) to the first advice answered `201`;")
                .append(" once per service started above. Resident memory (VmRSS) right after the load above.\n\n")
                .append("| | |\n|---|---|\n")
                .append(String.format(Locale.ROOT, "| start-up to first advice | %s s |%n",
                        String.join(", ", starts.stream().map(s -> String.format(Locale.ROOT, "%.1f", s)).toList())));
        memoryRows.forEach(md::append);
        md.append('\n');
        md.append("Where a -Xmx256m service's memory is: another service started with `-Xmx256m -XX:NativeMemoryTracking=summary`, the same")
                .append(" load on stored advice, then `jcmd <pid> VM.native_memory summary` (the tracking costs memory of its own, listed;")
                .append(String.format(Locale.ROOT, " resident memory of this run: %.0f MB).%n%n", trackedRss))
                .append(breakdown).append('\n');
        double fastest = starts.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
        verdicts.put("start-up to first advice ≤ 5 s", verdict(fastest <= 5, String.format(Locale.ROOT, "%.1f s at best", fastest)));
    }

    private final List<String> memoryRows = new ArrayList<>();

    private static ServiceProcess startOnFreshPostgres() throws Exception {
        FreshDatabase.make("wegwijzer_bench");
        return ServiceProcess.start("postgresql", List.of(), List.of("--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/wegwijzer_bench",
                "--spring.datasource.username=postgres", "--spring.datasource.password="));
    }

    private void bulk() throws Exception {
        md.append("## In bulk: 100,000 batch intakes, and a draft's impact over them\n\n")
                .append("The service in its own JVM on a fresh H2 file, default heap. `BulkBenchmark` sends 100,000 generated intakes")
                .append(" (municipality, age, language level, education and household varied, fixed seed) as 10 NDJSON batches of 10,000")
                .append(" (one batch's limit), and reads their progress each second until the last line is decided; then it uploads the")
                .append(" README's draft (`docs/voorbeeld-b1`: the Perspectiefgroep also for B1), starts its impact as a background run")
                .append(" and reads it until done. Progress as the caller saw it:\n\n");
        try (ServiceProcess service = ServiceProcess.start("bulk", List.of(), List.of(h2("bulk")))) {
            BulkBenchmark bulk = new BulkBenchmark(service);
            BulkBenchmark.Result batches = bulk.batches();
            BulkBenchmark.Result impact = bulk.impact();
            md.append("| what | items | seconds | per second | progress |\n|---|---:|---:|---:|---|\n");
            for (BulkBenchmark.Result r : List.of(batches, impact)) {
                md.append(String.format(Locale.ROOT, "| %s | %,d | %.1f | %,.0f | %s |%n", r.what(), r.items(), r.seconds(), r.perSecond(),
                        String.join("; ", r.progress())));
            }
            md.append('\n');
            verdicts.put("100,000 batch intakes in under 60 s (audit on H2)", verdict(batches.items() == BulkBenchmark.INTAKES
                    && batches.seconds() < 60, String.format(Locale.ROOT, "%.1f s, sent and decided", batches.seconds())));
            verdicts.put("impact of a draft over 100,000 stored assessments in under 60 s, as a background job", verdict(
                    impact.items() >= BulkBenchmark.INTAKES && impact.seconds() < 60,
                    String.format(Locale.ROOT, "%.1f s over %,d, with progress", impact.seconds(), impact.items())));
        }
    }

    private void growth() throws Exception {
        md.append("## Growth: advice time with the tables at 10×, 100× and 1,000× their rows\n\n")
                .append("`GrowthBenchmark`: a copy of `rules/` whose municipality table, availability tables and obligation tables hold")
                .append(" the factor times their rows (generated: more municipalities; the real pathways available in them; obligations of")
                .append(" pathways no intake fits), loaded as the service loads a folder and timed on one thread deciding the benchmark's")
                .append(" intakes, each size in a JVM of its own (what loading left is collected first, then 20 s of warming up), the sizes")
                .append(" taking turns for 5 rounds of 2 s each, so that all meet the machine's drift alike; median, fastest and slowest round. Loading is compiling:")
                .append(" reference tables are decision tables too, read once at load, their rows folded into one rule per hundred")
                .append(" (`FoldedReferenceRows`); *rules* counts every table row as a rule, folded or not.\n\n")
                .append("| rows × | municipalities | availability rows | obligation rows | rules | load s | µs per advice (median) | fastest–slowest | |\n")
                .append("|---:|---:|---:|---:|---:|---:|---:|---|---|\n");
        List<GrowthBenchmark.Row> rows = GrowthBenchmark.run(1, 10, 100, 1000);
        for (GrowthBenchmark.Row r : rows) {
            md.append(String.format(Locale.ROOT, "| %,d | %,d | %,d | %,d | %,d | %.1f | %.0f | %.0f–%.0f | %s |%n", r.factor(), r.municipalities(),
                    r.availability(), r.obligations(), r.rules(), r.loadSeconds(), r.microsPerAdvice(), r.minMicros(), r.maxMicros(), r.note()));
        }
        md.append('\n');
        GrowthBenchmark.Row base = rows.get(0);
        StringBuilder figure = new StringBuilder();
        boolean met = true;
        for (GrowthBenchmark.Row r : rows.subList(1, rows.size())) {
            if (Double.isNaN(r.microsPerAdvice())) {
                met = false;
                figure.append(String.format(Locale.ROOT, "%,d×: %s; ", r.factor(), r.note()));
                continue;
            }
            double grew = r.microsPerAdvice() / base.microsPerAdvice();
            // Logarithmic: time in proportion to log(rows), at most.
            double logarithmic = Math.log(r.municipalities()) / Math.log(base.municipalities());
            met &= grew <= logarithmic;
            figure.append(String.format(Locale.ROOT, "%,d×: %.2f× the time (log allows %.2f×); ", r.factor(), grew, logarithmic));
        }
        verdicts.put("advice time growing at most logarithmically with table rows (10×, 100×, 1,000×)", verdict(met, figure.toString().strip()));
    }

    private void httpProfile() throws Exception {
        md.append("## Where an HTTP advice's time goes (JDK Flight Recorder)\n\n")
                .append("The service in its own JVM as above (H2 in a file), `POST /api/v1/assessment-previews` at 8 connections:")
                .append(" 15 s of load to warm up, then 20 s recorded (`target/bench/profile-preview.jfr`). The load generator")
                .append(" shares the two cores and the recording costs some throughput, so the rate here is lower than in the tables.")
                .append(" The test classpath the service runs on holds kotlinx-serialization (from the OIDC test server), which")
                .append(" Spring asks about every body; a packaged jar does not.\n\n")
                .append(HttpProfile.record("profile-preview", "/api/v1/assessment-previews", List.of(h2("profile")))).append('\n');
    }

    /** A fresh H2 database in a file, as the embedded default keeps it (in memory, the audit would fill the heap). */
    private static String h2(String name) throws java.io.IOException {
        Path folder = Path.of("target", "bench", "h2-" + name);
        if (Files.exists(folder)) {
            try (var files = Files.walk(folder)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
        return "--spring.datasource.url=jdbc:h2:file:./" + folder + "/wegwijzer";
    }

    private void memory(String heap, double mb) {
        memoryRows.add(String.format(Locale.ROOT, "| resident memory after load, %s | %.0f MB |%n", heap, mb));
    }

    private Map<String, List<LoadGenerator.Result>> load(ServiceProcess service, Map<String, String> paths) throws Exception {
        Map<String, List<LoadGenerator.Result>> results = new LinkedHashMap<>();
        byte[] body = INTAKE.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        for (String path : paths.values()) { // a fresh JVM: let its JIT see every endpoint before anything is measured
            System.out.println("HTTP warm-up " + path + " ...");
            HttpLoad.run(service.url(path), TestKeys.INTAKE_A, body, 8, Duration.ofSeconds(5), Duration.ofSeconds(1));
        }
        for (int round = 0; round < ROUNDS; round++) {
            for (int connections : CONNECTIONS) {
                for (Map.Entry<String, String> path : paths.entrySet()) {
                    System.out.printf(Locale.ROOT, "HTTP %s, %d connection(s), round %d ...%n", path.getKey(), connections, round + 1);
                    results.computeIfAbsent(path.getKey(), k -> new ArrayList<>())
                            .add(HttpLoad.run(service.url(path.getValue()), TestKeys.INTAKE_A, body, connections, WARM_UP, MEASURE));
                }
            }
        }
        return results;
    }

    private void table(String title, Map<String, List<LoadGenerator.Result>> results, String bare) {
        md.append("### ").append(title).append("\n\n")
                .append("| endpoint | connections | requests/s | × bare | p50 ms | p99 ms | failed |\n|---|---:|---:|---:|---:|---:|---:|\n");
        for (Map.Entry<String, List<LoadGenerator.Result>> e : results.entrySet()) {
            for (int connections : CONNECTIONS) {
                List<LoadGenerator.Result> mine = e.getValue().stream().filter(r -> r.connections() == connections).toList();
                List<LoadGenerator.Result> bares = results.get(bare).stream().filter(r -> r.connections() == connections).toList();
                List<String> rate = new ArrayList<>();
                List<String> ratio = new ArrayList<>();
                List<String> p50 = new ArrayList<>();
                List<String> p99 = new ArrayList<>();
                long failed = 0;
                for (int i = 0; i < mine.size(); i++) {
                    rate.add(String.format(Locale.ROOT, "%,.0f", mine.get(i).perSecond()));
                    ratio.add(String.format(Locale.ROOT, "%.2f", mine.get(i).perSecond() / bares.get(i).perSecond()));
                    p50.add(String.format(Locale.ROOT, "%.1f", mine.get(i).p50Ms()));
                    p99.add(String.format(Locale.ROOT, "%.1f", mine.get(i).p99Ms()));
                    failed += mine.get(i).failed();
                }
                md.append(String.format(Locale.ROOT, "| %s | %d | %s | %s | %s | %s | %d |%n", e.getKey(), connections, String.join(" / ", rate),
                        String.join(" / ", ratio), String.join(" / ", p50), String.join(" / ", p99), failed));
            }
        }
        md.append('\n');
    }

    private void ratioVerdict(Map<String, List<LoadGenerator.Result>> results, String line, double target, String what) {
        List<LoadGenerator.Result> mine = results.get(line).stream().filter(r -> r.connections() == 32).toList();
        List<LoadGenerator.Result> bare = results.get("bare endpoint").stream().filter(r -> r.connections() == 32).toList();
        double worst = Double.MAX_VALUE;
        for (int i = 0; i < mine.size(); i++) {
            worst = Math.min(worst, mine.get(i).perSecond() / bare.get(i).perSecond());
        }
        verdicts.put(what, verdict(worst >= target, String.format(Locale.ROOT, "%.2f× in the worse round", worst)));
    }

    // ---------------------------------------------------------------- targets

    private static String verdict(boolean met, String figure) {
        return (met ? "met" : "**not met**") + " | " + figure;
    }

    private void targets() {
        md.append("## The targets (issue 14)\n\n| target | | measured |\n|---|---|---|\n");
        verdicts.forEach((what, verdict) -> md.append("| ").append(what).append(" | ").append(verdict).append(" |\n"));
        md.append("\n### Why not met, and what it would take\n\n");
        verdicts.forEach((what, verdict) -> {
            if (verdict.startsWith("**not met**")) {
                md.append("- **").append(what).append("**: ").append(TargetNotes.WHY.getOrDefault(what, "not explained yet.")).append('\n');
            }
        });
        md.append('\n');
    }
}
