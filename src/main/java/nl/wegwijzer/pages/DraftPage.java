package nl.wegwijzer.pages;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import nl.wegwijzer.api.InvalidRequestException;
import nl.wegwijzer.contract.generated.model.ApprovalRequest;
import nl.wegwijzer.contract.generated.model.Impact;
import nl.wegwijzer.contract.generated.model.ImpactRun;
import nl.wegwijzer.contract.generated.model.PublicationRequest;
import nl.wegwijzer.contract.generated.model.RollbackRequest;
import nl.wegwijzer.ruleset.Refusal;

/**
 * A draft on the rule desk, from validation to publication: its check (errors by file, row and
 * column; gaps; overlaps; the rule scenarios under the draft), its impact on earlier advice, approval
 * by a second policy officer, publication now or at a moment. And the versions, with their changes
 * and a way back.
 */
@Controller
public class DraftPage {
    static final ZoneId NETHERLANDS = Dates.NETHERLANDS;

    private final PageApi api;
    private final java.time.Clock clock;

    public DraftPage(PageApi api, java.time.Clock clock) {
        this.api = api;
        this.clock = clock;
    }

    /** The draft; with {@code impact}, the impact run of that id: its progress while it works, its report when done. */
    @GetMapping("/beleid/concepten/{id}")
    String show(@PathVariable UUID id, @RequestParam(name = "impact", required = false) UUID run, Model model) {
        if (run != null) {
            ImpactRun read = api.drafts.getImpactRun(id, run).getBody();
            model.addAttribute("impactRun", read);
            return page(id, model, read.getReport(), null);
        }
        return page(id, model, null, null);
    }

    /** Starts the impact in the background (a store of many advices takes a while) and shows its progress. */
    @PostMapping("/beleid/concepten/{id}/impact")
    String impact(@PathVariable UUID id, Model model) {
        try {
            return "redirect:/beleid/concepten/" + id + "?impact=" + api.drafts.startImpactRun(id, 5).getBody().getId();
        } catch (Refusal refused) {
            return page(id, model, null, api.labels().refusal(refused));
        }
    }

    @PostMapping("/beleid/concepten/{id}/goedkeuring")
    String approve(@PathVariable UUID id, @RequestParam(name = "notitie", required = false) String note, Model model) {
        try {
            api.drafts.approveDraft(id, new ApprovalRequest().note(note == null || note.isBlank() ? null : note.strip()));
            return "redirect:/beleid/concepten/" + id;
        } catch (Refusal refused) {
            return page(id, model, null, api.labels().refusal(refused));
        }
    }

    @PostMapping("/beleid/concepten/{id}/publicatie")
    String publish(@PathVariable UUID id, @RequestParam(name = "moment", required = false) String moment, Model model) {
        OffsetDateTime effective;
        try {
            effective = moment == null || moment.isBlank() ? OffsetDateTime.now(clock.withZone(NETHERLANDS))
                    : LocalDateTime.parse(moment).atZone(NETHERLANDS).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            return page(id, model, null, api.labels().text("concept.publiceren.moment", "") + ": " + moment);
        }
        try {
            var version = api.drafts.publishDraft(id, new PublicationRequest(effective)).getBody();
            return "redirect:/beleid/versies?gepubliceerd=" + version.getNumber();
        } catch (Refusal refused) {
            return page(id, model, null, api.labels().refusal(refused));
        } catch (InvalidRequestException invalid) {
            return page(id, model, null, invalid.errors().isEmpty() ? invalid.getMessage() : invalid.errors().get(0).detail());
        }
    }

    @GetMapping("/beleid/versies")
    String versions(Model model) {
        var versions = new java.util.ArrayList<>(api.rulesets.listRuleSetVersions().getBody());
        java.util.Collections.reverse(versions);
        model.addAttribute("versions", versions);
        return "beleid/versies";
    }

    @PostMapping("/beleid/versies/{number}/terugzetten")
    String rollback(@PathVariable int number, @RequestParam(name = "reden", required = false) String reason, Model model) {
        try {
            var version = api.rulesets.rollbackRuleSet(number, new RollbackRequest(reason == null ? "" : reason)).getBody();
            return "redirect:/beleid/versies?teruggezet=" + number + "&nieuw=" + version.getNumber();
        } catch (Refusal refused) {
            model.addAttribute("problem", api.labels().refusal(refused));
            return versions(model);
        }
    }

    private String page(UUID id, Model model, Impact impact, String problem) {
        model.addAttribute("draft", api.drafts.getDraft(id).getBody());
        model.addAttribute("validation", api.drafts.validateDraft(id).getBody());
        model.addAttribute("impact", impact);
        model.addAttribute("names", api.catalogue().stream().collect(java.util.stream.Collectors.toMap(
                p -> p.getCode(), p -> p.getName(), (a, b) -> a)));
        model.addAttribute("problem", problem);
        return "beleid/concept";
    }
}
