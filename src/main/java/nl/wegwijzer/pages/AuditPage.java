package nl.wegwijzer.pages;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import nl.wegwijzer.contract.generated.model.AssessmentPage;
import nl.wegwijzer.contract.generated.model.Statistics;

/**
 * The audit view, for auditors and policy staff: the assessments with filters (date, reference,
 * recommended pathway, the officer's decision), one assessment with its decisions and the advice
 * decided again under today's rules, and the statistics as charts over the last weeks.
 */
@Controller
public class AuditPage {
    static final ZoneId NETHERLANDS = Dates.NETHERLANDS;
    static final int WEEKS = 8;

    private final PageApi api;
    private final IntakePage intake;
    private final Clock clock;

    public AuditPage(PageApi api, IntakePage intake, Clock clock) {
        this.api = api;
        this.intake = intake;
        this.clock = clock;
    }

    @GetMapping("/audit")
    String list(@RequestParam(name = "van", required = false) String from, @RequestParam(name = "tot", required = false) String to,
                @RequestParam(name = "referentie", required = false) String reference,
                @RequestParam(name = "traject", required = false) String pathway,
                @RequestParam(name = "besluit", required = false) String decision,
                @RequestParam(name = "pagina", required = false, defaultValue = "0") int page, Model model) {
        Map<String, String> errors = new LinkedHashMap<>();
        OffsetDateTime start = day(from, "van", errors);
        OffsetDateTime end = day(to, "tot", errors);
        AssessmentPage result = errors.isEmpty() ? api.assessments.listAssessments(blank(reference), start,
                end == null ? null : end.plusDays(1), blank(pathway), blank(decision), Math.max(page, 0), 25).getBody() : null;
        model.addAttribute("result", result);
        model.addAttribute("errors", errors);
        var catalogue = api.catalogue();
        model.addAttribute("catalogue", catalogue);
        model.addAttribute("pathwayNames", new PathwayNames(catalogue));
        model.addAttribute("filters", Map.of("van", from == null ? "" : from, "tot", to == null ? "" : to,
                "referentie", reference == null ? "" : reference, "traject", pathway == null ? "" : pathway,
                "besluit", decision == null ? "" : decision));
        model.addAttribute("page", Math.max(page, 0));
        return "audit/lijst";
    }

    @GetMapping("/audit/{id}")
    String show(@PathVariable UUID id, Model model) {
        return page(id, model, false);
    }

    @PostMapping("/audit/{id}/opnieuw")
    String replay(@PathVariable UUID id, Model model) {
        return page(id, model, true);
    }

    @GetMapping("/audit/statistieken")
    String statistics(Model model) {
        LocalDate monday = LocalDate.now(clock.withZone(NETHERLANDS)).with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
        List<Week> weeks = new ArrayList<>();
        for (int i = WEEKS - 1; i >= 0; i--) {
            LocalDate start = monday.minusWeeks(i);
            Statistics s = api.statistics.getStatistics(start.atStartOfDay(NETHERLANDS).toOffsetDateTime(),
                    start.plusWeeks(1).atStartOfDay(NETHERLANDS).toOffsetDateTime()).getBody();
            weeks.add(new Week(start, s));
        }
        model.addAttribute("charts", Charts.of(weeks, api.catalogue()));
        model.addAttribute("total", api.statistics.getStatistics(null, null).getBody());
        return "audit/statistieken";
    }

    /** The statistics of one week. */
    public record Week(LocalDate start, Statistics statistics) {
    }

    private String page(UUID id, Model model, boolean replay) {
        var advice = api.assessments.getAssessment(id, PageApi.DUTCH).getBody();
        model.addAttribute("view", intake.view(advice));
        model.addAttribute("history", api.assessments.listDecisions(id).getBody());
        model.addAttribute("replay", replay ? api.assessments.replayAssessment(id).getBody() : null);
        return "audit/assessment";
    }

    private static OffsetDateTime day(String value, String field, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip()).atStartOfDay(NETHERLANDS).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            errors.put(field, "jjjj-mm-dd");
            return null;
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
