package nl.wegwijzer.contract;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import nl.wegwijzer.advice.Advice;
import nl.wegwijzer.advice.ConditionOutcome;
import nl.wegwijzer.advice.ConditionState;
import nl.wegwijzer.advice.Decision;
import nl.wegwijzer.advice.IntakeFacts;
import nl.wegwijzer.advice.Language;
import nl.wegwijzer.advice.PathwayOutcome;
import nl.wegwijzer.contract.generated.model.AssessmentRequest;
import nl.wegwijzer.contract.generated.model.Condition;
import nl.wegwijzer.contract.generated.model.FamilyDomain;
import nl.wegwijzer.contract.generated.model.MunicipalityMatch;
import nl.wegwijzer.contract.generated.model.Obligation;
import nl.wegwijzer.contract.generated.model.PathwayAdvice;
import nl.wegwijzer.contract.generated.model.PathwayStatus;

/** Between the contract's DTOs and the domain records; no decisions here. */
public final class AdviceMapper {
    private AdviceMapper() {
    }

    public static IntakeFacts toIntake(AssessmentRequest r) {
        var e = r.getEducation();
        var w = r.getWork();
        var b = r.getBenefits();
        var h = r.getHousehold();
        var i = r.getInburgering();
        return new IntakeFacts(
                r.getReference(),
                r.getMunicipality().strip(),
                r.getAge(),
                r.getLanguageLevel().getValue(),
                e == null ? null : new IntakeFacts.Education(name(e.getLevel(), Enum::name), name(e.getField(), Enum::name),
                        name(e.getSchoolType(), Enum::name), e.getSubject(), e.getTeachingExperienceYears()),
                w == null ? null : new IntakeFacts.Work(name(w.getStatus(), Enum::name), w.getExperienceYears(), w.getHoursAvailablePerWeek()),
                b == null ? null : new IntakeFacts.Benefits(name(b.getType(), Enum::name), b.getJobApplicationObligation()),
                h == null ? null : new IntakeFacts.Household(h.getPartner(), h.getSingleParent(), h.getChildrenAges()),
                r.getVulnerabilities() == null ? List.of() : r.getVulnerabilities().stream().map(v -> v.getValue()).toList(),
                i == null ? null : new IntakeFacts.Inburgering(i.getObligated(), name(i.getRoute(), x -> x.getValue()), i.getCompletedProgrammes()),
                r.getPriorities() == null ? List.of() : r.getPriorities().stream().map(p -> p.getValue()).toList());
    }

    private static <T> String name(T value, Function<T, String> name) {
        return value == null ? null : name.apply(value);
    }

    /**
     * A rule set's label as the contract gives it, the number of a published version; null for rules
     * that are no version (a draft tried in process, never answered to a client).
     */
    public static Integer versionNumber(String label) {
        return label != null && label.matches("[0-9]{1,9}") ? Integer.valueOf(label) : null;
    }

    public static nl.wegwijzer.contract.generated.model.Advice toDto(Advice advice, Language lang) {
        Decision d = advice.decision();
        var dto = new nl.wegwijzer.contract.generated.model.Advice();
        dto.setId(advice.id());
        dto.setReference(advice.reference());
        dto.setCreatedAt(advice.createdAt().atOffset(ZoneOffset.UTC));
        dto.setRuleSetVersion(versionNumber(d.ruleSetVersion()));
        dto.setRuleSetHash(d.ruleSetHash());
        dto.setAsOf(advice.asOf() == null ? null : advice.asOf().atOffset(ZoneOffset.UTC));
        var m = d.municipality();
        dto.setMunicipality(new MunicipalityMatch(m.given(), m.known()).name(m.name()).cbsCode(m.cbsCode()));
        List<PathwayAdvice> pathways = new ArrayList<>();
        for (PathwayOutcome p : d.pathways()) {
            PathwayAdvice pa = new PathwayAdvice(p.code(), p.name().in(lang), PathwayStatus.fromValue(p.status().name()),
                    p.conditions().stream().map(c -> toDto(c, lang)).toList(), p.missingFacts());
            pa.setProgramme(p.programme());
            pa.setSubgroup(p.subgroup() == null ? null : PathwayAdvice.SubgroupEnum.fromValue(p.subgroup()));
            pa.setTrack(p.track() == null ? null : PathwayAdvice.TrackEnum.fromValue(p.track()));
            pa.setPlacement(p.placementName() == null ? null : p.placementName().in(lang));
            pa.setWaitingList(p.waitingList());
            pathways.add(pa);
        }
        dto.setPathways(pathways);
        dto.setObligations(d.obligations().stream().map(o -> {
            Obligation ob = new Obligation(o.code(), o.description().in(lang), o.source());
            ob.setPathway(o.pathway());
            ob.setLaw(o.law());
            ob.setHoursPerWeek(o.hoursPerWeek() == null ? null : java.math.BigDecimal.valueOf(o.hoursPerWeek()));
            ob.setDurationMonths(o.durationMonths() == null ? null : java.math.BigDecimal.valueOf(o.durationMonths()));
            ob.setSourceLinks(SourceLinks.of(o.source()));
            return ob;
        }).toList());
        dto.setFamilyDomains(d.familyDomains().stream()
                .map(f -> new FamilyDomain(FamilyDomain.DomainEnum.fromValue(f.domain()), f.reason().in(lang))
                        .name(f.name() == null ? null : f.name().in(lang))).toList());
        dto.setFiredRules(d.firedRules());
        dto.setSummary(advice.summary().in(lang));
        return dto;
    }

    private static Condition toDto(ConditionOutcome c, Language lang) {
        Condition dto = new Condition(c.code(), c.description().in(lang), Condition.StateEnum.fromValue(c.state().name()), c.source());
        dto.setMet(c.state() == ConditionState.UNKNOWN ? null : c.state() == ConditionState.MET);
        dto.setRule(c.rule());
        dto.setSourceLinks(SourceLinks.of(c.source()));
        return dto;
    }
}
