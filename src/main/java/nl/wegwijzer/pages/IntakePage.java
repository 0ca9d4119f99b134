package nl.wegwijzer.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

import nl.wegwijzer.contract.Vocabulary;
import nl.wegwijzer.contract.generated.model.Advice;

/**
 * The intake page: the form in the order of an intake conversation, the advice beside it, updated
 * as facts change (what if, through the API's preview, nothing stored), and saved to the file only
 * when the officer says so. Without JavaScript the form still works: "bekijken" shows the advice,
 * "opslaan" keeps it.
 */
@Controller
public class IntakePage {
    private final PageApi api;
    private final IntakeFields fields;
    private final Labels labels;
    private final Vocabulary vocabulary;

    public IntakePage(PageApi api, IntakeFields fields, Labels labels, Vocabulary vocabulary) {
        this.api = api;
        this.fields = fields;
        this.labels = labels;
        this.vocabulary = vocabulary;
    }

    @GetMapping(PagePaths.HOME)
    String home(@ModelAttribute("person") PageModel.Person person, Model model) {
        if (person != null && !person.intake()) {
            // Each person starts where their role works; someone with no role of Wegwijzer's is told so.
            return "redirect:" + (person.policy() ? "/beleid" : person.audit() ? "/audit" : PagePaths.FORBIDDEN);
        }
        return page(model, IntakeForm.empty(), Map.of(), null, List.of());
    }

    @PostMapping("/advies/bekijken")
    String preview(HttpServletRequest request, Model model) {
        IntakeForm form = IntakeForm.of(request.getParameterMap(), fields.all());
        PageApi.Checked checked = api.check(form.request(fields.all()));
        if (!checked.errors().isEmpty()) {
            return page(model, form, checked.errors(), null, List.of());
        }
        Advice advice = api.assessments.previewAssessment(checked.request(), PageApi.DUTCH).getBody();
        return page(model, form, Map.of(), advice, WhatChanged.between(request.getParameter("vorige"), advice, labels));
    }

    /** What if, for the page's script: the advice section alone, with what changed since the previous one. */
    @PostMapping("/advies/voorbeeld")
    String whatIf(HttpServletRequest request, Model model) {
        IntakeForm form = IntakeForm.of(request.getParameterMap(), fields.all());
        PageApi.Checked checked = api.check(form.request(fields.all()));
        model.addAttribute("errors", checked.errors());
        if (!checked.errors().isEmpty()) {
            model.addAttribute("view", null);
            return "fragments/advies :: voorbeeld";
        }
        Advice advice = api.assessments.previewAssessment(checked.request(), PageApi.DUTCH).getBody();
        model.addAttribute("view", view(advice));
        model.addAttribute("changes", WhatChanged.between(request.getParameter("vorige"), advice, labels));
        model.addAttribute("whatIf", true);
        return "fragments/advies :: voorbeeld";
    }

    @PostMapping("/advies")
    String save(HttpServletRequest request, Model model) {
        IntakeForm form = IntakeForm.of(request.getParameterMap(), fields.all());
        PageApi.Checked checked = api.check(form.request(fields.all()));
        if (!checked.errors().isEmpty()) {
            return page(model, form, checked.errors(), null, List.of());
        }
        Advice advice = api.assessments.createAssessment(checked.request(), PageApi.DUTCH, null, null).getBody();
        return "redirect:/advies/" + advice.getId() + "?opgeslagen";
    }

    private String page(Model model, IntakeForm form, Map<String, String> errors, Advice advice, List<String> changes) {
        model.addAttribute("groups", groups());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("municipalities", api.pathways.listMunicipalities().getBody());
        model.addAttribute("view", advice == null ? null : view(advice));
        model.addAttribute("changes", changes);
        return "intake";
    }

    AdviceView view(Advice advice) {
        Map<String, String> factNames = new java.util.HashMap<>();
        vocabulary.facts().forEach(f -> factNames.put(f.path(), f.nl()));
        return AdviceView.of(advice, api.familyDomains(), labels, factNames);
    }

    /** The form's groups, the completed programmes offered as the catalogue's pathways. */
    private List<IntakeFields.Group> groups() {
        List<IntakeFields.Option> programmes = api.catalogue().stream()
                .map(p -> new IntakeFields.Option(p.getCode(), p.getName())).toList();
        List<IntakeFields.Group> groups = new ArrayList<>();
        for (IntakeFields.Group group : fields.groups()) {
            groups.add(new IntakeFields.Group(group.key(), group.legend(), group.fields().stream()
                    .map(f -> f.input() == IntakeFields.Input.CHECKBOXES && f.options().isEmpty()
                            ? new IntakeFields.Field(f.path(), f.label(), f.help(), f.input(), programmes, f.required()) : f)
                    .toList()));
        }
        return groups;
    }
}
