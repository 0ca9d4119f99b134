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
import nl.wegwijzer.rules.RuleEngine;
import nl.wegwijzer.rules.RuleSet;
import nl.wegwijzer.ruleset.FileDiff;
import nl.wegwijzer.ruleset.Versions;

/** The rule set that decides: the version in effect, every published version with its changes, rollback. */
@RestController
public class RulesetsController implements RulesetsApi {
    private final RuleEngine engine;
    private final Versions versions;
    private final VersionAnswers answers;

    public RulesetsController(RuleEngine engine, Versions versions, Clock clock) {
        this.engine = engine;
        this.versions = versions;
        this.answers = new VersionAnswers(versions, clock);
    }

    @Override
    public ResponseEntity<RuleSetInfo> getCurrentRuleSet() {
        RuleSet ruleSet = engine.current();
        RuleSetInfo info = new RuleSetInfo(Integer.valueOf(ruleSet.version()), ruleSet.hash(),
                ruleSet.loadedAt().atOffset(ZoneOffset.UTC),
                ruleSet.files().stream().map(f -> new RuleFile(f.name(), f.rules(), f.sha256())).toList());
        info.setRules(ruleSet.ruleCount());
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
