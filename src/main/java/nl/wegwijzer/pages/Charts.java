package nl.wegwijzer.pages;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nl.wegwijzer.contract.generated.model.PathwayCounts;
import nl.wegwijzer.contract.generated.model.PathwayInfo;

/**
 * The statistics as bar charts drawn on the server (SVG, no script): per week how often each pathway
 * was recommended, and how often the advice was followed or overridden. Each chart also has its
 * figures as a table, for screen readers and for reading exact numbers.
 */
public record Charts(List<String> weeks, List<Series> pathways, List<Long> followed, List<Long> overridden, long maxPathway,
                     long maxDecisions) {

    /** One pathway's recommended counts per week. */
    public record Series(String code, String name, List<Long> counts) {
        public long total() {
            return counts.stream().mapToLong(Long::longValue).sum();
        }
    }

    static Charts of(List<AuditPage.Week> weeks, List<PathwayInfo> catalogue) {
        DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMM", Locale.forLanguageTag("nl"));
        List<String> labels = weeks.stream().map(w -> w.start().format(day)).toList();
        List<Series> series = new ArrayList<>();
        long max = 1;
        for (PathwayInfo pathway : catalogue) {
            List<Long> counts = new ArrayList<>();
            for (AuditPage.Week week : weeks) {
                long count = week.statistics().getPathways().stream().filter(p -> p.getCode().equals(pathway.getCode()))
                        .mapToLong(PathwayCounts::getRecommended).sum();
                counts.add(count);
                max = Math.max(max, count);
            }
            series.add(new Series(pathway.getCode(), pathway.getName(), counts));
        }
        List<Long> followed = weeks.stream().map(w -> w.statistics().getFollowed()).toList();
        List<Long> overridden = weeks.stream().map(w -> w.statistics().getOverridden()).toList();
        long maxDecisions = 1;
        for (int i = 0; i < weeks.size(); i++) {
            maxDecisions = Math.max(maxDecisions, followed.get(i) + overridden.get(i));
        }
        return new Charts(labels, series, followed, overridden, max, maxDecisions);
    }

    /** The height of a bar of this count, in a chart of this height. */
    public double height(long count, long max, double chartHeight) {
        return Math.round(chartHeight * count / (double) Math.max(max, 1) * 10) / 10.0;
    }
}
