package nl.wegwijzer.api;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

import nl.wegwijzer.contract.generated.RulesetsApi;
import nl.wegwijzer.contract.generated.model.RollbackRequest;
import nl.wegwijzer.contract.generated.model.RuleFile;
import nl.wegwijzer.contract.generated.model.RuleSetInfo;
import nl.wegwijzer.contract.generated.model.RuleSetVersion;
import nl.wegwijzer.contract.generated.model.RuleTableColumn;
import nl.wegwijzer.contract.generated.model.RuleTableFile;
import nl.wegwijzer.contract.generated.model.RuleTableGrid;
import nl.wegwijzer.contract.generated.model.RuleTableRow;
import nl.wegwijzer.rules.RuleEngine;
import nl.wegwijzer.rules.RuleSet;
import nl.wegwijzer.ruleset.FileDiff;
import nl.wegwijzer.ruleset.TableGrids;
import nl.wegwijzer.ruleset.Versions;

/** The rule set that decides: the version in effect, every published version with its changes, rollback. */
@RestController
public class RulesetsController implements RulesetsApi {
    private static final java.util.regex.Pattern FILE = java.util.regex.Pattern.compile(
            "[a-z0-9-]+/[a-z0-9-]+(\\.drl\\.csv|\\.drl|\\.feature)");

    private final RuleEngine engine;
    private final Versions versions;
    private final VersionAnswers answers;
    private final TableGrids grids;
    private final nl.wegwijzer.contract.Vocabulary vocabulary;

    public RulesetsController(RuleEngine engine, Versions versions, TableGrids grids, nl.wegwijzer.contract.Vocabulary vocabulary,
                              Clock clock) {
        this.engine = engine;
        this.versions = versions;
        this.grids = grids;
        this.vocabulary = vocabulary;
        this.answers = new VersionAnswers(versions, clock);
    }

    @Override
    public ResponseEntity<String> getRuleFile(String path) {
        byte[] content = engine.current().sources().get(checked(path));
        if (content == null) {
            throw new NotFoundException("The rule set in effect has no file " + path);
        }
        return ResponseEntity.ok().contentType(new org.springframework.http.MediaType("text", "plain",
                java.nio.charset.StandardCharsets.UTF_8)).body(new String(content, java.nio.charset.StandardCharsets.UTF_8));
    }

    @Override
    public ResponseEntity<RuleTableFile> getRuleTable(String path) {
        TableGrids.File file = grids.of(engine.current(), checked(path))
                .orElseThrow(() -> new NotFoundException("The rule set in effect has no table " + path));
        RuleTableFile out = new RuleTableFile(file.path(), file.tables().stream().map(grid -> new RuleTableGrid(grid.name(),
                grid.columns().stream().map(c -> new RuleTableColumn(c.letter(), c.title(), c.type().token(), c.required())
                        .explanation(c.type().accepts(vocabulary))).toList(),
                grid.rows().stream().map(r -> new RuleTableRow(r.row(), r.cells(), r.exercised())).toList())).toList());
        return ResponseEntity.ok(out.notes(file.notes()));
    }

    private static String checked(String path) {
        if (path == null || path.length() > 200 || !FILE.matcher(path).matches()) {
            throw new InvalidRequestException("Invalid query parameters", List.of(new nl.wegwijzer.contract.Contract.FieldError("",
                    "path", "must be the path of a file in the rules folder, e.g. de-nieuwe-docent/taalniveau.drl.csv")));
        }
        return path;
    }

    @Override
    public ResponseEntity<RuleSetInfo> getCurrentRuleSet() {
        RuleSet ruleSet = engine.current();
        // Whoever looks at the rule set may open a table next: its scenario coverage is worked out meanwhile.
        grids.prepare(ruleSet);
        RuleSetInfo info = new RuleSetInfo(Integer.valueOf(ruleSet.version()), ruleSet.hash(),
                ruleSet.loadedAt().atOffset(ZoneOffset.UTC),
                ruleSet.files().stream().map(f -> new RuleFile(f.name(), f.rules(), f.sha256())).toList());
        info.setRules(ruleSet.ruleCount());
        info.setFamilyDomains(ruleSet.domains().stream().map(d -> new nl.wegwijzer.contract.generated.model.FamilyDomainInfo(
                d.getCode(), d.getNameNl())).toList());
        return ResponseEntity.ok(info);
    }

    @Override
    public ResponseEntity<List<RuleSetVersion>> listRuleSetVersions() {
        List<RuleSetVersion> out = new ArrayList<>();
        Map<String, byte[]> previous = Map.of();
        for (Versions.Version v : versions.list()) {
            Map<String, byte[]> files = versions.files(v);
            out.add(answers.of(v, FileDiff.between(previous, files)));
            previous = files;
        }
        return ResponseEntity.ok(out);
    }

    @Override
    public ResponseEntity<RuleSetVersion> rollbackRuleSet(Integer version, RollbackRequest request) {
        Versions.Version v = versions.rollback(version, Requests.caller().clientId(), request.getReason(),
                request.getEffectiveFrom() == null ? null : request.getEffectiveFrom().toInstant());
        return ResponseEntity.status(HttpStatus.CREATED).body(answers.published(v));
    }
}
