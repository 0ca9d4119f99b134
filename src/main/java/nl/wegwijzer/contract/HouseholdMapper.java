package nl.wegwijzer.contract;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import nl.wegwijzer.advice.Advice;
import nl.wegwijzer.advice.HouseholdAdvice;
import nl.wegwijzer.advice.HouseholdDecision;
import nl.wegwijzer.advice.HouseholdFacts;
import nl.wegwijzer.advice.IntakeFacts;
import nl.wegwijzer.advice.Language;
import nl.wegwijzer.contract.generated.model.AssessmentRequest;
import nl.wegwijzer.contract.generated.model.HouseholdAdult;
import nl.wegwijzer.contract.generated.model.HouseholdAdultAdvice;
import nl.wegwijzer.contract.generated.model.HouseholdDomain;
import nl.wegwijzer.contract.generated.model.HouseholdDomainReason;
import nl.wegwijzer.contract.generated.model.HouseholdRequest;
import nl.wegwijzer.contract.generated.model.PathwayStatus;
import nl.wegwijzer.contract.generated.model.SharedObligation;
import nl.wegwijzer.contract.generated.model.SharedPathway;

/** Between the contract's household DTOs and the domain records; the adults' facts map as an intake's do. */
public final class HouseholdMapper {
    private HouseholdMapper() {
    }

    public static HouseholdFacts toFacts(HouseholdRequest r) {
        String municipality = r.getMunicipality().strip();
        List<IntakeFacts> adults = new ArrayList<>();
        for (HouseholdAdult a : r.getAdults()) {
            // The adult's facts are an intake's without municipality and household: map them the one way intakes map.
            AssessmentRequest intake = new AssessmentRequest(municipality, a.getAge(), a.getLanguageLevel())
                    .reference(a.getReference()).education(a.getEducation()).work(a.getWork()).benefits(a.getBenefits())
                    .inburgering(a.getInburgering());
            intake.setVulnerabilities(a.getVulnerabilities());
            intake.setPriorities(a.getPriorities());
            IntakeFacts facts = AdviceMapper.toIntake(intake);
            adults.add(new IntakeFacts(facts.reference(), null, facts.age(), facts.languageLevel(), facts.education(), facts.work(),
                    facts.benefits(), null, facts.vulnerabilities(), facts.inburgering(), facts.priorities()));
        }
        List<HouseholdFacts.Child> children = r.getChildren() == null ? List.of() : r.getChildren().stream()
                .map(c -> new HouseholdFacts.Child(c.getAge(), c.getSchool() == null ? null : c.getSchool().getValue())).toList();
        return new HouseholdFacts(r.getReference(), municipality, r.getPartner(), r.getSingleParent(), adults, children);
    }

    public static nl.wegwijzer.contract.generated.model.HouseholdAdvice toDto(HouseholdAdvice advice, HouseholdFacts facts,
                                                                              Language lang) {
        HouseholdDecision d = advice.decision();
        List<HouseholdAdultAdvice> adults = new ArrayList<>();
        for (int i = 0; i < d.adults().size(); i++) {
            String reference = facts == null ? null : facts.adults().get(i).reference();
            Advice own = new Advice(null, reference, advice.createdAt(), d.adults().get(i), advice.adultSummaries().get(i), null);
            adults.add(new HouseholdAdultAdvice("/adults/" + i, AdviceMapper.toDto(own, lang)).reference(reference));
        }
        var dto = new nl.wegwijzer.contract.generated.model.HouseholdAdvice(advice.createdAt().atOffset(ZoneOffset.UTC),
                AdviceMapper.versionNumber(d.ruleSetVersion()), d.ruleSetHash(), adults,
                d.familyDomains().stream().map(domain -> new HouseholdDomain(HouseholdDomain.DomainEnum.fromValue(domain.code()),
                        domain.name().in(lang), domain.reasons().stream()
                        .map(reason -> new HouseholdDomainReason(reason.text().in(lang), reason.members(), reason.rule())).toList())).toList(),
                d.sharedPathways().stream().map(p -> new SharedPathway(p.code(), p.name().in(lang),
                        PathwayStatus.fromValue(p.status().name()), p.members(), p.reason().in(lang), p.rule())).toList(),
                d.sharedObligations().stream().map(o -> new SharedObligation(o.code(), o.description().in(lang), o.members(),
                        o.reason().in(lang), o.rule())).toList(),
                d.firedRules(), advice.summary().in(lang));
        return dto.id(advice.id()).reference(advice.reference());
    }
}
