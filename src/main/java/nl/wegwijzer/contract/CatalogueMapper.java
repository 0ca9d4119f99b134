package nl.wegwijzer.contract;

import java.util.List;

import nl.wegwijzer.advice.Language;
import nl.wegwijzer.contract.generated.model.Municipality;
import nl.wegwijzer.contract.generated.model.PathwayInfo;
import nl.wegwijzer.rules.RuleSet;
import nl.wegwijzer.rules.facts.AvailabilityDef;
import nl.wegwijzer.rules.facts.MunicipalityDef;

/** The catalogue of a rule set as the contract shows it: every pathway, where it is offered, its source. */
public final class CatalogueMapper {
    private CatalogueMapper() {
    }

    public static List<PathwayInfo> catalogue(RuleSet ruleSet, Language lang) {
        return ruleSet.catalogue().stream().map(p -> {
            List<Municipality> where = ruleSet.availability().stream()
                    .filter(a -> a.pathway().equals(p.getCode()) && !a.isEverywhere())
                    .map(AvailabilityDef::cbsCode)
                    .flatMap(code -> ruleSet.municipalities().stream().filter(m -> m.cbsCode().equals(code)))
                    .map(CatalogueMapper::toDto)
                    .toList();
            PathwayInfo info = new PathwayInfo(p.getCode(), lang == Language.EN ? p.getNameEn() : p.getNameNl(), p.getProgramme(),
                    p.getOrganisation(), lang == Language.EN ? p.getDescriptionEn() : p.getDescriptionNl(), p.getSource(),
                    p.isAvailableEverywhere(), where);
            info.setSourceLinks(SourceLinks.of(p.getSource()));
            info.setFamilyLevel(ruleSet.household().familyLevelPathway(p.getCode()));
            ruleSet.cohorts().stream().filter(c -> c.pathway().equals(p.getCode())).findFirst()
                    .ifPresent(c -> info.setCohortCapacity(c.capacity()));
            return info;
        }).toList();
    }

    private static Municipality toDto(MunicipalityDef m) {
        return new Municipality(m.name(), m.officialName(), m.cbsCode());
    }
}
