package nl.wegwijzer.api;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

import nl.wegwijzer.advice.Language;
import nl.wegwijzer.contract.CatalogueMapper;
import nl.wegwijzer.contract.generated.PathwaysApi;
import nl.wegwijzer.contract.generated.model.PathwayInfo;
import nl.wegwijzer.rules.RuleEngine;

@RestController
public class PathwaysController implements PathwaysApi {
    private final RuleEngine engine;

    public PathwaysController(RuleEngine engine) {
        this.engine = engine;
    }

    @Override
    public ResponseEntity<List<PathwayInfo>> listPathways(String acceptLanguage) {
        return ResponseEntity.ok(CatalogueMapper.catalogue(engine.current(), Language.fromAcceptLanguage(acceptLanguage)));
    }

    @Override
    public ResponseEntity<List<nl.wegwijzer.contract.generated.model.Municipality>> listMunicipalities() {
        return ResponseEntity.ok(engine.current().municipalities().stream()
                .map(m -> new nl.wegwijzer.contract.generated.model.Municipality(m.name(), m.officialName(), m.cbsCode())
                        .aliases(m.spellings().subList(3, m.spellings().size()))).toList());
    }
}
