package nl.wegwijzer.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import nl.wegwijzer.api.InvalidRequestException;
import nl.wegwijzer.contract.generated.model.RuleFile;
import nl.wegwijzer.contract.generated.model.RuleTableFile;
import nl.wegwijzer.ruleset.DraftProblem;
import nl.wegwijzer.ruleset.DraftRefused;

/**
 * The rule desk's tables: every table by programme folder, one table as a grid whose data cells can
 * be edited in the browser with the scenarios of its folder beside it, saved as a draft with a
 * reason. What a draft may change is the API's to decide: a refused cell is shown where it is.
 */
@Controller
public class RuleDeskPage {
    private final PageApi api;

    public RuleDeskPage(PageApi api) {
        this.api = api;
    }

    /**
     * A refused change, for people: where (row and column, in Dutch), what the cell must hold (Dutch,
     * from the column's type), and the lifecycle's own words (English) for the specifics.
     */
    public record Refused(String where, String dutch, String detail) {
    }

    /** One folder of the rule set: its tables and its other files. */
    public record Folder(String name, String title, List<String> tables, List<String> others) {
    }

    @GetMapping("/beleid")
    String index(Model model) {
        Map<String, List<String>> tables = new TreeMap<>();
        Map<String, List<String>> others = new TreeMap<>();
        for (RuleFile file : api.rulesets.getCurrentRuleSet().getBody().getFiles()) {
            String folder = file.getName().contains("/") ? file.getName().substring(0, file.getName().indexOf('/')) : "";
            tables.computeIfAbsent(folder, f -> new ArrayList<>());
            others.computeIfAbsent(folder, f -> new ArrayList<>());
            (file.getName().endsWith(".drl.csv") ? tables : others).get(folder).add(file.getName());
        }
        List<Folder> folders = new ArrayList<>();
        tables.forEach((folder, names) -> folders.add(new Folder(folder, api.labels().text("beleid.map." + folder, folder), names,
                others.get(folder))));
        model.addAttribute("folders", folders);
        model.addAttribute("drafts", api.drafts.listDrafts().getBody());
        model.addAttribute("version", api.rulesets.getCurrentRuleSet().getBody().getVersion());
        return "beleid/index";
    }

    @GetMapping("/beleid/tabel")
    String table(@RequestParam("pad") String path, @RequestParam(name = "pagina", defaultValue = "0") int page, Model model) {
        return grid(path, page, model, Map.of(), Map.of(), null, List.of(), Map.of());
    }

    @PostMapping("/beleid/tabel")
    String save(@RequestParam("pad") String path, @RequestParam(name = "pagina", defaultValue = "0") int page,
                @RequestParam(name = "reden", required = false) String reason, HttpServletRequest request, Model model) {
        Map<Integer, Map<Integer, String>> edits = new LinkedHashMap<>();
        Map<String, String> scenarios = new LinkedHashMap<>();
        Map<String, String> submitted = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (values.length > 0 && (name.startsWith("cel.") || name.startsWith("scenario:"))) {
                submitted.put(name, values[0]);
            }
            if (name.startsWith("cel.") && values.length > 0) {
                String[] parts = name.split("\\.");
                if (parts.length == 3 && parts[1].matches("\\d{1,5}") && parts[2].matches("\\d{1,2}")) {
                    edits.computeIfAbsent(Integer.parseInt(parts[1]), r -> new TreeMap<>()).put(Integer.parseInt(parts[2]), values[0]);
                }
            } else if (name.startsWith("scenario:") && values.length > 0) {
                scenarios.put(name.substring("scenario:".length()), values[0].replace("\r\n", "\n"));
            }
        });
        List<MultipartFile> files = new ArrayList<>();
        String original = api.rulesets.getRuleFile(path).getBody();
        String edited = TableEdit.apply(original, edits);
        if (!edited.equals(original)) {
            files.add(new UploadedText(path, edited));
        }
        scenarios.forEach((feature, text) -> {
            if (folder(feature).equals(folder(path)) && feature.endsWith(".feature")
                    && !text.equals(api.rulesets.getRuleFile(feature).getBody())) {
                files.add(new UploadedText(feature, text));
            }
        });
        if (files.isEmpty()) {
            return grid(path, page, model, Map.of(), Map.of("", api.labels().text("beleid.tabel.niets", "")), reason, List.of(), submitted);
        }
        try {
            var draft = api.drafts.createDraft(files, reason).getBody();
            return "redirect:/beleid/concepten/" + draft.getId();
        } catch (DraftRefused refused) {
            Map<String, String> types = new LinkedHashMap<>();
            api.rulesets.getRuleTable(path).getBody().getTables()
                    .forEach(t -> t.getColumns().forEach(c -> types.putIfAbsent(c.getLetter(), c.getType())));
            Map<String, String> cells = new LinkedHashMap<>();
            List<Refused> messages = new ArrayList<>();
            for (DraftProblem problem : refused.problems()) {
                if (path.equals(problem.file()) && problem.row() != null && problem.column() != null) {
                    String value = edits.getOrDefault(problem.row(), Map.of()).get(problem.column().charAt(0) - 'A');
                    String dutch = api.labels().format("beleid.cel.fout", value == null ? "" : value,
                            api.labels().text("celtype." + types.get(problem.column()), types.getOrDefault(problem.column(), "")));
                    cells.merge(problem.row() + "." + problem.column(), dutch, (a, b) -> a.equals(b) ? a : a + " " + b);
                    messages.add(new Refused(api.labels().format("beleid.cel.waar", problem.row(), problem.column(),
                            problem.columnTitle() == null ? "" : problem.columnTitle()), dutch, problem.message()));
                } else {
                    messages.add(new Refused(problem.file() == null ? "" : problem.file(), "", problem.text()));
                }
            }
            return grid(path, page, model, cells, Map.of(), reason, messages, submitted);
        } catch (InvalidRequestException invalid) {
            Map<String, String> errors = new LinkedHashMap<>();
            invalid.errors().forEach(e -> errors.put(e.field(), e.detail()));
            return grid(path, page, model, Map.of(), errors, reason, List.of(), submitted);
        }
    }

    private String grid(String path, int page, Model model, Map<String, String> cellErrors, Map<String, String> errors, String reason,
                        List<Refused> refusals, Map<String, String> submitted) {
        RuleTableFile table = api.rulesets.getRuleTable(path).getBody();
        Map<String, String> scenarios = new LinkedHashMap<>();
        for (RuleFile file : api.rulesets.getCurrentRuleSet().getBody().getFiles()) {
            if (file.getName().endsWith(".feature") && folder(file.getName()).equals(folder(path))) {
                scenarios.put(file.getName(), api.rulesets.getRuleFile(file.getName()).getBody());
            }
        }
        model.addAttribute("path", path);
        model.addAttribute("folderTitle", api.labels().text("beleid.map." + folder(path), folder(path)));
        model.addAttribute("table", table);
        model.addAttribute("view", TablePage.of(table, page));
        model.addAttribute("scenarios", scenarios);
        model.addAttribute("cellErrors", cellErrors);
        model.addAttribute("errors", errors);
        model.addAttribute("reason", reason);
        model.addAttribute("refusals", refusals);
        model.addAttribute("submitted", submitted);
        return "beleid/tabel";
    }

    private static String folder(String path) {
        return path.contains("/") ? path.substring(0, path.indexOf('/')) : "";
    }
}
