package nl.wegwijzer.matching;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import nl.wegwijzer.advice.Language;
import nl.wegwijzer.rules.MatchTables;
import nl.wegwijzer.rules.facts.MatchRuleDef;
import nl.wegwijzer.rules.facts.WeighSetDef;

/**
 * Ranks welcome groups for one newcomer on Samen Hier's four criteria plus room: for each group it
 * measures (distance, which vulnerabilities it supports, which priorities it shares, which weegschaal
 * sides agree) and looks the scoring row up in the rule set's matching tables. Points, bounds,
 * exclusions and every sentence are rows; this class only measures and adds up. Pure and shared.
 */
public final class Matcher {
    /** One criterion for one group: its outcome, points, whether it leaves the group out, in words, by which rows. */
    public record Criterion(String criterion, String outcome, double points, boolean excludes, String explanation,
                            List<String> rules) {
    }

    /**
     * One group scored for the newcomer. The score and whether it is left out are known at once; the
     * criteria with their explanations are written when first asked for, so a ranking of ten thousand
     * groups only words the few it shows.
     */
    public static final class Scored {
        private final WelcomeGroup group;
        private final double score;
        private final Double km;
        private final boolean excluded;
        private final java.util.function.Supplier<List<Criterion>> explain;
        private List<Criterion> criteria;

        Scored(WelcomeGroup group, double score, Double km, boolean excluded, java.util.function.Supplier<List<Criterion>> explain) {
            this.group = group;
            this.score = score;
            this.km = km;
            this.excluded = excluded;
            this.explain = explain;
        }

        public WelcomeGroup group() { return group; }
        public double score() { return score; }
        public boolean excluded() { return excluded; }
        public Double distanceKm() { return km == null ? null : round(km); }

        /** The five criteria, each with its outcome, points, words and rows. */
        public List<Criterion> criteria() {
            if (criteria == null) {
                criteria = explain.get();
            }
            return criteria;
        }
    }

    /** The candidates best first, and the groups left out (each with the criteria that left it out). */
    public record Ranking(List<Scored> candidates, List<Scored> excluded, int considered) {
    }

    private static final Comparator<Scored> BEST_FIRST = Comparator.comparingDouble(Scored::score).reversed()
            .thenComparing(s -> s.group().createdAt()).thenComparing(s -> s.group().id());

    private Matcher() {
    }

    public static Ranking rank(MatchTables tables, Newcomer newcomer, Collection<WelcomeGroup> groups, Language language) {
        List<Scored> candidates = new ArrayList<>();
        List<Scored> excluded = new ArrayList<>();
        for (WelcomeGroup group : groups) {
            Scored scored = score(tables, newcomer, group, language);
            (scored.excluded() ? excluded : candidates).add(scored);
        }
        candidates.sort(BEST_FIRST);
        excluded.sort(BEST_FIRST);
        return new Ranking(candidates, excluded, groups.size());
    }

    static Scored score(MatchTables tables, Newcomer newcomer, WelcomeGroup group, Language language) {
        Double km = newcomer.position() == null || group.position() == null ? null : newcomer.position().km(group.position());
        List<Criterion> tally = criteria(tables, newcomer, group, km, null);
        double score = 0;
        boolean out = false;
        for (Criterion c : tally) {
            score += c.points();
            out |= c.excludes();
        }
        return new Scored(group, round(score), km, out, () -> criteria(tables, newcomer, group, km, language));
    }

    /** The five criteria; without a language only outcome, points and exclusion (no words, no rows): the same rows decide. */
    private static List<Criterion> criteria(MatchTables tables, Newcomer newcomer, WelcomeGroup group, Double km, Language language) {
        List<Criterion> criteria = new ArrayList<>(5);
        criteria.add(capacity(tables, newcomer, group, language));
        criteria.add(perCode(tables, "VULNERABILITY", newcomer.vulnerabilities(), group.vulnerabilities(), "SUPPORTED", "NOT_SUPPORTED",
                "NONE", language));
        criteria.add(distance(tables, km, language));
        criteria.add(perCode(tables, "PRIORITIES", newcomer.priorities(), group.priorities(), "SHARED", "NOT_SHARED", "NONE",
                language));
        criteria.add(weegschaal(tables, newcomer, group, language));
        return criteria;
    }

    private static Criterion capacity(MatchTables tables, Newcomer newcomer, WelcomeGroup group, Language language) {
        String situation = group.matched() ? "ALREADY_MATCHED" : group.capacity() < newcomer.householdSize() ? "FULL" : "ROOM";
        Parts parts = new Parts("CAPACITY", language);
        tables.row("CAPACITY", MatchRuleDef.ANY, situation).ifPresent(row -> parts.add(row, row.getPoints(), () -> text(row, language)
                .replace("{personen}", Integer.toString(newcomer.householdSize()))
                .replace("{plaats}", Integer.toString(group.capacity()))));
        return parts.done();
    }

    /**
     * A criterion scored per code of the newcomer's (vulnerabilities, priorities): a row for each code the
     * group has or lacks; codes without rows do not count (a group cannot support debts, say); a row for
     * ANY subject in situation {@code none} when no code counted.
     */
    private static Criterion perCode(MatchTables tables, String criterion, Set<String> newcomers, Set<String> groups, String has,
                                     String lacks, String none, Language language) {
        Parts parts = new Parts(criterion, language);
        for (String code : newcomers) { // sorted: Newcomer keeps its codes in order
            exact(tables, criterion, code, groups.contains(code) ? has : lacks).ifPresent(row -> parts.add(row, row.getPoints(),
                    () -> text(row, language)));
        }
        if (parts.rows == 0) {
            tables.row(criterion, MatchRuleDef.ANY, none).ifPresent(row -> parts.add(row, row.getPoints(), () -> text(row, language)));
        }
        return parts.done();
    }

    private static Criterion distance(MatchTables tables, Double km, Language language) {
        Parts parts = new Parts("DISTANCE", language);
        Optional<MatchRuleDef> row = km == null ? tables.row("DISTANCE", MatchRuleDef.ANY, "UNKNOWN")
                : tables.distanceBand(km).or(() -> tables.row("DISTANCE", MatchRuleDef.ANY, "BEYOND"));
        row.ifPresent(r -> {
            double points = km == null ? r.getPoints() : Math.max(0, r.getPoints() - r.getPointsLessPerKm() * km);
            parts.add(r, points, () -> text(r, language).replace("{km}", number(km == null ? 0 : km, language))
                    .replace("{grens}", number(tables.largestDistanceBound(), language)));
        });
        return parts.done();
    }

    private static Criterion weegschaal(MatchTables tables, Newcomer newcomer, WelcomeGroup group, Language language) {
        Parts parts = new Parts("WEEGSCHAAL", language);
        boolean unknownSaid = false;
        for (WeighSetDef set : tables.weighSets()) {
            String mine = newcomer.weegschaal().get(set.getCode());
            String theirs = group.weegschaal().get(set.getCode());
            String situation = mine == null || theirs == null ? "UNKNOWN" : mine.equals(theirs) ? "SAME_SIDE" : "OTHER_SIDE";
            if (situation.equals("UNKNOWN") && unknownSaid) {
                continue; // said once: a set not answered by both
            }
            unknownSaid |= situation.equals("UNKNOWN");
            Optional<MatchRuleDef> row = tables.row("WEEGSCHAAL", set.getCode(), situation);
            row.ifPresent(r -> {
                parts.add(r, r.getPoints(), () -> text(r, language));
                parts.rule(set.getRule());
            });
        }
        return parts.done();
    }

    /** A row for exactly this subject (no ANY fallback): a subject without rows does not count. */
    private static Optional<MatchRuleDef> exact(MatchTables tables, String criterion, String subject, String situation) {
        return tables.row(criterion, subject, situation).filter(r -> r.getSubject().equals(subject));
    }

    private static String text(MatchRuleDef row, Language language) {
        String text = language == Language.EN ? row.getEn() : row.getNl();
        return text == null || text.isBlank() ? row.getNl() : text;
    }

    /** To one decimal, half up as written in decimals; whole numbers (most points) need no work. */
    private static double round(double value) {
        return value == Math.rint(value) ? value : BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }

    private static String number(double value, Language language) {
        String text = BigDecimal.valueOf(round(value)).stripTrailingZeros().toPlainString();
        return language == Language.EN ? text : text.replace('.', ',');
    }

    /**
     * The rows that scored one criterion, gathered: outcome the worst of them (UNMET, then UNKNOWN, then
     * MET). Without a language it only counts (points, exclusion, outcome): the words are not written.
     */
    private static final class Parts {
        private final String criterion;
        private final Language language;
        private final Set<String> rules;
        private final StringBuilder words;
        private int rows;
        private double points;
        private boolean excludes;
        private String outcome = "MET";

        Parts(String criterion, Language language) {
            this.criterion = criterion;
            this.language = language;
            this.rules = language == null ? null : new LinkedHashSet<>();
            this.words = language == null ? null : new StringBuilder();
        }

        void add(MatchRuleDef row, double rowPoints, java.util.function.Supplier<String> text) {
            rows++;
            points += rowPoints;
            excludes |= row.isExcludes();
            if (row.getOutcome().equals("UNMET") || (row.getOutcome().equals("UNKNOWN") && outcome.equals("MET"))) {
                outcome = row.getOutcome();
            }
            if (language != null) {
                rules.add(row.getRule());
                if (!words.isEmpty()) {
                    words.append(' ');
                }
                words.append(text.get());
            }
        }

        void rule(String name) {
            if (language != null) {
                rules.add(name);
            }
        }

        Criterion done() {
            return new Criterion(criterion, rows == 0 ? "UNKNOWN" : outcome, round(points), excludes,
                    language == null ? null : words.toString(), language == null ? List.of() : List.copyOf(rules));
        }
    }
}
