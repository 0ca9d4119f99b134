package nl.wegwijzer.api;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

import nl.wegwijzer.advice.Language;
import nl.wegwijzer.api.generated.PathwaysApi;
import nl.wegwijzer.api.generated.model.Municipality;
import nl.wegwijzer.api.generated.model.PathwayInfo;
import nl.wegwijzer.rules.RuleEngine;
import nl.wegwijzer.rules.RuleSet;
import nl.wegwijzer.rules.facts.AvailabilityDef;
import nl.wegwijzer.rules.facts.MunicipalityDef;

@RestController
public class PathwaysController implements PathwaysApi {
    private final RuleEngine engine;

    public PathwaysController(RuleEngine engine) {
        this.engine = engine;
    }

    @Override
    public ResponseEntity<List<PathwayInfo>> listPathways(String acceptLanguage) {
        return ResponseEntity.ok(catalogue(engine.current(), Language.fromAcceptLanguage(acceptLanguage)));
    }

    /** The catalogue of a rule set as the API shows it. */
    static List<PathwayInfo> catalogue(RuleSet ruleSet, Language lang) {
        List<PathwayInfo> catalogue = ruleSet.catalogue().stream().map(p -> {
            List<Municipality> where = ruleSet.availability().stream()
                    .filter(a -> a.pathway().equals(p.getCode()) && !a.isEverywhere())
                    .map(AvailabilityDef::cbsCode)
                    .flatMap(code -> ruleSet.municipalities().stream().filter(m -> m.cbsCode().equals(code)))
                    .map(PathwaysController::toDto)
                    .toList();
            PathwayInfo info = new PathwayInfo(p.getCode(), lang == Language.EN ? p.getNameEn() : p.getNameNl(), p.getProgramme(),
                    p.getOrganisation(), lang == Language.EN ? p.getDescriptionEn() : p.getDescriptionNl(), p.getSource(),
                    p.isAvailableEverywhere(), where);
            ruleSet.cohorts().stream().filter(c -> c.pathway().equals(p.getCode())).findFirst()
                    .ifPresent(c -> info.setCohortCapacity(c.capacity()));
            return info;
        }).toList();
        return catalogue;
    }

    private static Municipality toDto(MunicipalityDef m) {
        return new Municipality(m.name(), m.officialName(), m.cbsCode());
    }
}
