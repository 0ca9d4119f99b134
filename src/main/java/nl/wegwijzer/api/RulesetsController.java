package nl.wegwijzer.api;

import java.time.ZoneOffset;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

import nl.wegwijzer.api.generated.RulesetsApi;
import nl.wegwijzer.api.generated.model.RuleFile;
import nl.wegwijzer.api.generated.model.RuleSetInfo;
import nl.wegwijzer.rules.RuleEngine;
import nl.wegwijzer.rules.RuleSet;

@RestController
public class RulesetsController implements RulesetsApi {
    private final RuleEngine engine;

    public RulesetsController(RuleEngine engine) {
        this.engine = engine;
    }

    @Override
    public ResponseEntity<RuleSetInfo> getCurrentRuleSet() {
        RuleSet ruleSet = engine.current();
        RuleSetInfo info = new RuleSetInfo(ruleSet.version(), ruleSet.hash(), ruleSet.loadedAt().atOffset(ZoneOffset.UTC),
                ruleSet.files().stream().map(f -> new RuleFile(f.name(), f.rules(), f.sha256())).toList());
        info.setRules(ruleSet.ruleCount());
        return ResponseEntity.ok(info);
    }
}
