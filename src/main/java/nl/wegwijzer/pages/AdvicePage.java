package nl.wegwijzer.pages;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import nl.wegwijzer.contract.generated.model.Advice;
import nl.wegwijzer.contract.generated.model.DecisionRequest;
import nl.wegwijzer.contract.generated.model.OfficerDecision;
import nl.wegwijzer.contract.generated.model.PathwayAdvice;

/**
 * A saved advice: the advice, the officer's decision (pathways chosen; choosing one that does not fit,
 * or none, overrides the advice and needs a reason), the history of decisions, and the advice for the
 * client file as a print view and a PDF.
 */
@Controller
public class AdvicePage {
    private final PageApi api;
    private final IntakePage intake;
    private final PdfRenderer pdf;
    private final Dates dates;

    public AdvicePage(PageApi api, IntakePage intake, PdfRenderer pdf, Dates dates) {
        this.api = api;
        this.intake = intake;
        this.pdf = pdf;
        this.dates = dates;
    }

    @GetMapping("/advies/{id}")
    String show(@PathVariable UUID id, Model model) {
        return page(id, model, Map.of(), null, null);
    }

    @PostMapping("/advies/{id}/besluit")
    String decide(@PathVariable UUID id, @RequestParam(name = "trajecten", required = false) List<String> chosen,
                  @RequestParam(name = "reden", required = false) String reason, Model model) {
        Advice advice = api.assessments.getAssessment(id, PageApi.DUTCH).getBody();
        Set<String> pathways = new LinkedHashSet<>(chosen == null ? List.of() : chosen);
        boolean follows = !pathways.isEmpty() && advice.getPathways().stream().filter(p -> pathways.contains(p.getCode()))
                .allMatch(AdvicePage::fits);
        if (!follows && (reason == null || reason.isBlank())) {
            return page(id, model, Map.of("reden", api.labels().text("besluit.reden.hulp", "")), reason, pathways);
        }
        DecisionRequest request = new DecisionRequest(pathways,
                follows ? DecisionRequest.OutcomeEnum.FOLLOWED : DecisionRequest.OutcomeEnum.OVERRIDDEN);
        request.setReason(reason == null || reason.isBlank() ? null : reason.strip());
        api.assessments.decideAssessment(id, request);
        return "redirect:/advies/" + id + "?besluit";
    }

    @GetMapping("/advies/{id}/afdruk")
    String print(@PathVariable UUID id, Model model) {
        printModel(id, model);
        return "afdruk";
    }

    @GetMapping("/advies/{id}/pdf")
    ResponseEntity<byte[]> download(@PathVariable UUID id, Model model) {
        printModel(id, model);
        byte[] document = pdf.render("afdruk", model.asMap());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("advies-" + id + ".pdf").build().toString())
                .body(document);
    }

    static boolean fits(PathwayAdvice p) {
        String status = p.getStatus().getValue();
        return status.equals("RECOMMENDED") || status.equals("ELIGIBLE");
    }

    /** The page; chosen: the pathways the officer ticked when the decision must be completed, else null. */
    private String page(UUID id, Model model, Map<String, String> errors, String reason, Set<String> chosen) {
        Advice advice = api.assessments.getAssessment(id, PageApi.DUTCH).getBody();
        List<OfficerDecision> history = api.assessments.listDecisions(id).getBody();
        model.addAttribute("view", intake.view(advice));
        model.addAttribute("history", history);
        model.addAttribute("standing", history == null || history.isEmpty() ? null : history.get(history.size() - 1));
        model.addAttribute("errors", errors);
        model.addAttribute("reason", reason);
        model.addAttribute("chosen", chosen);
        return "advies";
    }

    private void printModel(UUID id, Model model) {
        Advice advice = api.assessments.getAssessment(id, PageApi.DUTCH).getBody();
        List<OfficerDecision> history = api.assessments.listDecisions(id).getBody();
        model.addAttribute("view", intake.view(advice));
        model.addAttribute("standing", history == null || history.isEmpty() ? null : history.get(history.size() - 1));
        // The PDF is rendered outside the web context (no bean references), so the dates come as a variable.
        model.addAttribute("tijd", dates);
    }
}
