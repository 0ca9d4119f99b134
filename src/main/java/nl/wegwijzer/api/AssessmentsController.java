package nl.wegwijzer.api;

import nl.wegwijzer.contract.AdviceMapper;
import nl.wegwijzer.contract.Contract;
import java.net.URI;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

import nl.wegwijzer.advice.Advice;
import nl.wegwijzer.advice.Advisor;
import nl.wegwijzer.advice.Language;
import nl.wegwijzer.contract.generated.AssessmentsApi;
import nl.wegwijzer.contract.generated.model.AssessmentRequest;
import nl.wegwijzer.contract.generated.model.Difference;
import nl.wegwijzer.contract.generated.model.Replay;
import nl.wegwijzer.contract.generated.model.ReplayOutcome;
import nl.wegwijzer.audit.AuditTrail;
import nl.wegwijzer.audit.OfficerDecisions;
import nl.wegwijzer.contract.generated.model.DecisionRequest;
import nl.wegwijzer.contract.generated.model.OfficerDecision;
import nl.wegwijzer.ruleset.Replayer;
import nl.wegwijzer.contract.generated.model.AssessmentPage;
import nl.wegwijzer.contract.generated.model.AssessmentSummary;

@RestController
public class AssessmentsController implements AssessmentsApi {
    private final Advisor advisor;
    private final Replayer replayer;
    private final AuditTrail auditTrail;
    private final OfficerDecisions decisions;
    private final Idempotency idempotency;
    private final nl.wegwijzer.rules.RuleEngine engine;

    public AssessmentsController(Advisor advisor, Replayer replayer, AuditTrail auditTrail, OfficerDecisions decisions,
                                 Idempotency idempotency, nl.wegwijzer.rules.RuleEngine engine) {
        this.engine = engine;
        this.advisor = advisor;
        this.replayer = replayer;
        this.auditTrail = auditTrail;
        this.decisions = decisions;
        this.idempotency = idempotency;
    }

    @Override
    public ResponseEntity<OfficerDecision> decideAssessment(UUID id, DecisionRequest request) {
        Requests.mayAct(owner(id));
        try {
            var recorded = decisions.decide(id, new java.util.ArrayList<>(request.getPathways()), request.getOutcome().getValue(),
                    request.getReason(), Requests.asker().clientId())
                    .orElseThrow(() -> new NotFoundException("No assessment with id " + id));
            return ResponseEntity.status(org.springframework.http.HttpStatus.CREATED).body(toDto(recorded));
        } catch (OfficerDecisions.Refused refused) {
            throw new InvalidRequestException(refused.getMessage(), refused.problems().stream()
                    .map(p -> new Contract.FieldError("/" + p.field().replace("[", "/").replace("]", ""), p.field(), p.detail()))
                    .toList());
        }
    }

    @Override
    public ResponseEntity<java.util.List<OfficerDecision>> listDecisions(UUID id) {
        Requests.mayRead(owner(id));
        return ResponseEntity.ok(decisions.history(id).stream().map(AssessmentsController::toDto).toList());
    }

    private static OfficerDecision toDto(nl.wegwijzer.audit.OfficerDecision d) {
        return new OfficerDecision(d.id(), d.assessmentId(), d.decidedAt().atOffset(java.time.ZoneOffset.UTC),
                OfficerDecisions.codes(d), OfficerDecision.OutcomeEnum.fromValue(d.outcome()))
                .reason(d.reason()).officer(d.officer()).supersedes(d.supersedes());
    }

    @Override
    public ResponseEntity<AssessmentPage> listAssessments(String reference, java.time.OffsetDateTime from,
                                                          java.time.OffsetDateTime to, String pathway, String decision,
                                                          Integer page, Integer size) {
        java.util.List<nl.wegwijzer.contract.Contract.FieldError> errors = new java.util.ArrayList<>();
        Paging paging = Paging.of(page, size, reference, errors);
        if (pathway != null && !pathway.matches("[A-Z][A-Z0-9_]{0,63}")) {
            errors.add(new Contract.FieldError("", "pathway", "must be a pathway code, e.g. CARE_INTERNSHIP"));
        }
        if (decision != null && !java.util.List.of("FOLLOWED", "OVERRIDDEN", "NONE").contains(decision)) {
            errors.add(new Contract.FieldError("", "decision", "must be FOLLOWED, OVERRIDDEN or NONE"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("Invalid query parameters", errors);
        }
        var caller = Requests.caller();
        AuditTrail.Page result = auditTrail.list(new AuditTrail.Filter(reference,
                from == null ? null : from.toInstant(), to == null ? null : to.toInstant(),
                caller.readsAll() ? null : caller.clientId(), pathway, decision), paging.page(), paging.size());
        return ResponseEntity.ok(new AssessmentPage(result.items().stream().map(AssessmentsController::toDto).toList(),
                result.page(), result.size(), result.totalItems(), result.totalPages()));
    }

    /** Who made the assessment; 404 when there is none. */
    private String owner(UUID id) {
        return auditTrail.owner(id).orElseThrow(() -> new NotFoundException("No assessment with id " + id));
    }

    private static AssessmentSummary toDto(AuditTrail.Summary s) {
        return new AssessmentSummary(s.id(), s.createdAt().atOffset(java.time.ZoneOffset.UTC),
                nl.wegwijzer.contract.AdviceMapper.versionNumber(s.ruleSetVersion()),
                s.ruleSetHash(), s.recommended()).reference(s.reference()).correlationId(s.correlationId()).clientId(s.clientId());
    }

    @Override
    public ResponseEntity<nl.wegwijzer.contract.generated.model.Advice> createAssessment(AssessmentRequest request, String acceptLanguage,
                                                                                   String idempotencyKey, String asOf) {
        Language language = Language.fromAcceptLanguage(acceptLanguage);
        java.time.Instant moment = asOf(asOf);
        return idempotency.once(idempotencyKey, java.util.Map.of("request", request, "language", language,
                        "asOf", asOf == null ? "" : asOf),
                nl.wegwijzer.contract.generated.model.Advice.class, () -> {
                    Advice advice = advisor.advise(AdviceMapper.toIntake(request), Requests.asker(), moment);
                    return ResponseEntity.created(URI.create("/api/v1/assessments/" + advice.id()))
                            .body(AdviceMapper.toDto(advice, language));
                });
    }

    /** What if: decided under the rules in effect now, not stored, no id. */
    @Override
    public ResponseEntity<nl.wegwijzer.contract.generated.model.Advice> previewAssessment(AssessmentRequest request,
                                                                                    String acceptLanguage) {
        Advice advice = advisor.preview(AdviceMapper.toIntake(request));
        return ResponseEntity.ok(AdviceMapper.toDto(advice, Language.fromAcceptLanguage(acceptLanguage)));
    }

    /** A date is the start of that day in the Netherlands; a date-time must carry its offset. */
    private java.time.Instant asOf(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        java.time.Instant moment;
        try {
            moment = value.strip().length() == 10
                    ? java.time.LocalDate.parse(value.strip()).atStartOfDay(NETHERLANDS).toInstant()
                    : java.time.OffsetDateTime.parse(value.strip()).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidRequestException("Invalid query parameters", java.util.List.of(new Contract.FieldError("", "asOf",
                    "must be a date (2026-03-01) or a date-time with offset (2026-03-01T09:00:00+01:00)")));
        }
        if (engine.at(moment).isEmpty()) {
            throw new InvalidRequestException("Invalid query parameters", java.util.List.of(new Contract.FieldError("", "asOf",
                    "no rule set version was in effect then; the first took effect at "
                            + engine.timeline().entries().get(0).effectiveFrom())));
        }
        return moment;
    }

    private static final java.time.ZoneId NETHERLANDS = java.time.ZoneId.of("Europe/Amsterdam");

    @Override
    public ResponseEntity<nl.wegwijzer.contract.generated.model.Advice> getAssessment(UUID id, String acceptLanguage) {
        Requests.mayRead(owner(id));
        Advice advice = advisor.find(id).orElseThrow(() -> new NotFoundException("No assessment with id " + id));
        return ResponseEntity.ok(AdviceMapper.toDto(advice, Language.fromAcceptLanguage(acceptLanguage)));
    }

    @Override
    public ResponseEntity<Replay> replayAssessment(UUID id) {
        Requests.mayRead(owner(id));
        Replayer.Replay replay = replayer.replay(id).orElseThrow(() -> new NotFoundException("No assessment with id " + id));
        return ResponseEntity.ok(new Replay(replay.assessmentId(), toDto(replay.original()), toDto(replay.current())));
    }

    private static ReplayOutcome toDto(Replayer.Outcome outcome) {
        return new ReplayOutcome(nl.wegwijzer.contract.AdviceMapper.versionNumber(outcome.ruleSetVersion()), outcome.ruleSetHash(), outcome.identical(),
                outcome.differences().stream()
                        .map(d -> new Difference(d.path()).stored(d.stored()).replayed(d.replayed())).toList());
    }
}
