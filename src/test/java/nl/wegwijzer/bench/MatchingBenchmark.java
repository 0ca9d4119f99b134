package nl.wegwijzer.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import nl.wegwijzer.advice.Language;
import nl.wegwijzer.contract.MatchMapper;
import nl.wegwijzer.matching.Matcher;
import nl.wegwijzer.matching.Newcomer;
import nl.wegwijzer.matching.Postcodes;
import nl.wegwijzer.matching.WelcomeGroup;
import nl.wegwijzer.matching.WelcomeGroups;
import nl.wegwijzer.rules.RuleSet;

/**
 * Samen Hier at scale: one newcomer ranked against 10,000 welcome groups spread over the country's
 * postcode areas (generated, a fixed seed). Times the ranking alone (the matching tables looked up,
 * every group's five explanations written), reading the groups from the database (H2 in memory,
 * migrated by Flyway as the service does), and the whole of what a match request does in process
 * (read, rank, the answer mapped and written as JSON). Not a test: part of {@code -Pbench}.
 */
final class MatchingBenchmark {
    private static final int GROUPS = 10_000;
    private static final List<String> VULNERABILITIES = List.of("LEARNING_DISADVANTAGE", "PHYSICAL_DISABILITY", "MENTAL_HEALTH", "TRAUMA");
    private static final List<String> PRIORITIES = List.of("PAID_WORK", "EDUCATION", "SOCIAL_CONTACT", "NETWORK");

    private MatchingBenchmark() {
    }

    /** Runs and prints; returns the report's rows: what, median, p90, p99, max (ms). */
    static List<String[]> run(RuleSet ruleSet) throws Exception {
        Random random = new Random(13);
        List<String> areas = areas();
        Postcodes postcodes = Postcodes.shipped();
        DriverManagerDataSource database = new DriverManagerDataSource("jdbc:h2:mem:bench-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(database).load().migrate();
        WelcomeGroups groups = new WelcomeGroups(JdbcClient.create(database), postcodes, Clock.systemUTC());
        long fill = System.nanoTime();
        for (int i = 0; i < GROUPS; i++) {
            groups.create(new WelcomeGroups.Details("Samen Hier bench", areas.get(random.nextInt(areas.size())), null,
                    some(VULNERABILITIES, random), some(PRIORITIES, random),
                    Map.of("W1", side(random), "W2", side(random), "W3", side(random)), 1 + random.nextInt(5), random.nextInt(20) == 0),
                    "bench");
        }
        System.out.printf(Locale.ROOT, "matching: %,d welcome groups stored in %.1f s (H2 in memory, with their change records)%n",
                GROUPS, (System.nanoTime() - fill) / 1e9);
        Newcomer newcomer = new Newcomer(postcodes.centroid("7316").orElseThrow(), Set.of("TRAUMA"), Set.of("SOCIAL_CONTACT", "NETWORK"),
                Map.of("W1", "A", "W2", "B"), 3);
        List<WelcomeGroup> all = groups.active(null);
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());

        double[] rank = time(300, () -> Matcher.rank(ruleSet.matching(), newcomer, all, Language.NL));
        double[] read = time(50, () -> groups.active(null));
        double[] whole = time(50, () -> {
            var ranking = Matcher.rank(ruleSet.matching(), newcomer, groups.active(null), Language.NL);
            return json.writeValueAsString(MatchMapper.answer(UUID.randomUUID(), java.time.Instant.now(), ruleSet, ranking, 10, null));
        });
        var ranking = Matcher.rank(ruleSet.matching(), newcomer, all, Language.NL);
        System.out.printf(Locale.ROOT, "matching: %,d groups, %,d candidates, %,d left out%n", ranking.considered(),
                ranking.candidates().size(), ranking.excluded().size());
        List<String[]> rows = new ArrayList<>();
        rows.add(report("ranking alone (Matcher.rank)", rank));
        rows.add(report("reading the groups (WelcomeGroups.active, H2 in memory)", read));
        rows.add(report("read + rank + answer as JSON", whole));
        return rows;
    }

    private interface Work {
        Object run() throws Exception;
    }

    /** Milliseconds per run, after as many runs again to warm up, sorted. */
    private static double[] time(int runs, Work work) throws Exception {
        long sink = 0;
        for (int i = 0; i < runs; i++) {
            sink += work.run().hashCode();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long begin = System.nanoTime();
            sink += work.run().hashCode();
            ms[i] = (System.nanoTime() - begin) / 1e6;
        }
        if (sink == 42) {
            System.out.print(""); // keeps the work from being optimised away
        }
        Arrays.sort(ms);
        return ms;
    }

    private static String[] report(String what, double[] ms) {
        System.out.printf(Locale.ROOT, "matching, %s: median %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms (%d runs)%n", what,
                ms[ms.length / 2], ms[(int) (ms.length * 0.9)], ms[(int) (ms.length * 0.99)], ms[ms.length - 1], ms.length);
        return new String[] {what, String.format(Locale.ROOT, "%.1f", ms[ms.length / 2]),
                String.format(Locale.ROOT, "%.1f", ms[(int) (ms.length * 0.9)]), String.format(Locale.ROOT, "%.1f", ms[(int) (ms.length * 0.99)]),
                String.format(Locale.ROOT, "%.1f", ms[ms.length - 1]), Integer.toString(ms.length)};
    }

    private static Set<String> some(List<String> codes, Random random) {
        Set<String> chosen = new LinkedHashSet<>();
        codes.forEach(c -> {
            if (random.nextInt(3) == 0) {
                chosen.add(c);
            }
        });
        return chosen;
    }

    private static String side(Random random) {
        return random.nextBoolean() ? "A" : "B";
    }

    private static List<String> areas() throws Exception {
        List<String> areas = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                MatchingBenchmark.class.getResourceAsStream("/geo/pc4-centroids.csv"), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isEmpty() && Character.isDigit(line.charAt(0))) {
                    areas.add(line.substring(0, 4));
                }
            }
        }
        return areas;
    }
}
