package nl.wegwijzer.api;

import java.time.OffsetDateTime;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

import nl.wegwijzer.contract.generated.StatisticsApi;
import nl.wegwijzer.contract.generated.model.PathwayCounts;
import nl.wegwijzer.contract.generated.model.Statistics;

@RestController
public class StatisticsController implements StatisticsApi {
    private final nl.wegwijzer.audit.Statistics statistics;

    public StatisticsController(nl.wegwijzer.audit.Statistics statistics) {
        this.statistics = statistics;
    }

    @Override
    public ResponseEntity<Statistics> getStatistics(OffsetDateTime from, OffsetDateTime to) {
        var counts = statistics.count(from == null ? null : from.toInstant(), to == null ? null : to.toInstant());
        return ResponseEntity.ok(new Statistics(counts.assessments(), counts.followed(), counts.overridden(),
                counts.byPathway().entrySet().stream()
                        .map(e -> new PathwayCounts(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3]))
                        .toList()));
    }
}
