package nl.wegwijzer.api;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

import nl.wegwijzer.advice.HouseholdAdvice;
import nl.wegwijzer.advice.HouseholdAdvisor;
import nl.wegwijzer.advice.HouseholdFacts;
import nl.wegwijzer.advice.Language;
import nl.wegwijzer.audit.AuditTrail;
import nl.wegwijzer.audit.HouseholdAssessments;
import nl.wegwijzer.contract.AdviceMapper;
import nl.wegwijzer.contract.Contract;
import nl.wegwijzer.contract.HouseholdMapper;
import nl.wegwijzer.contract.generated.HouseholdsApi;
import nl.wegwijzer.contract.generated.model.Difference;
import nl.wegwijzer.contract.generated.model.HouseholdAssessmentPage;
import nl.wegwijzer.contract.generated.model.HouseholdAssessmentSummary;
import nl.wegwijzer.contract.generated.model.HouseholdRequest;
import nl.wegwijzer.contract.generated.model.Replay;
import nl.wegwijzer.contract.generated.model.ReplayOutcome;
import nl.wegwijzer.ruleset.HouseholdReplayer;
import nl.wegwijzer.ruleset.Replayer;

/** Advice for a whole household: given, kept, read back, listed and replayed like one person's. */
@RestController
public class HouseholdsController implements HouseholdsApi {
    private final HouseholdAdvisor advisor;
    private final HouseholdAssessments households;
    private final HouseholdReplayer replayer;
    private final Idempotency idempotency;

    public HouseholdsController(HouseholdAdvisor advisor, HouseholdAssessments households, HouseholdReplayer replayer,
                                Idempotency idempotency) {
        this.advisor = advisor;
        this.households = households;
        this.replayer = replayer;
        this.idempotency = idempotency;
    }

    @Override
    public ResponseEntity<nl.wegwijzer.contract.generated.model.HouseholdAdvice> createHouseholdAssessment(
            HouseholdRequest request, String acceptLanguage, String idempotencyKey) {
        Language language = Language.fromAcceptLanguage(acceptLanguage);
        return idempotency.once(idempotencyKey, Map.of("household", request, "language", language),
                nl.wegwijzer.contract.generated.model.HouseholdAdvice.class, () -> {
                    HouseholdFacts facts = HouseholdMapper.toFacts(request);
                    HouseholdAdvice advice = advisor.advise(facts, Requests.asker());
                    return ResponseEntity.created(URI.create("/api/v1/household-assessments/" + advice.id()))
                            .body(HouseholdMapper.toDto(advice, facts, language));
                });
    }

    @Override
    public ResponseEntity<nl.wegwijzer.contract.generated.model.HouseholdAdvice> getHouseholdAssessment(UUID id,
                                                                                                     String acceptLanguage) {
        Requests.mayRead(owner(id));
        HouseholdAssessments.Stored stored = households.stored(id)
                .orElseThrow(() -> new NotFoundException("No household assessment with id " + id));
        return ResponseEntity.ok(HouseholdMapper.toDto(stored.advice(), stored.facts(), Language.fromAcceptLanguage(acceptLanguage)));
    }

    @Override
    public ResponseEntity<HouseholdAssessmentPage> listHouseholdAssessments(String reference, OffsetDateTime from, OffsetDateTime to,
                                                                           Integer page, Integer size) {
        List<Contract.FieldError> errors = new ArrayList<>();
        Paging paging = Paging.of(page, size, reference, errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("Invalid query parameters", errors);
        }
        var caller = Requests.caller();
        HouseholdAssessments.Page result = households.list(new AuditTrail.Filter(reference,
                from == null ? null : from.toInstant(), to == null ? null : to.toInstant(),
                caller.readsAll() ? null : caller.clientId(), null, null), paging.page(), paging.size());
        return ResponseEntity.ok(new HouseholdAssessmentPage(result.items().stream().map(HouseholdsController::toDto).toList(),
                result.page(), result.size(), result.totalItems(), result.totalPages()));
    }

    @Override
    public ResponseEntity<Replay> replayHouseholdAssessment(UUID id) {
        Requests.mayRead(owner(id));
        Replayer.Replay replay = replayer.replay(id).orElseThrow(() -> new NotFoundException("No household assessment with id " + id));
        return ResponseEntity.ok(new Replay(replay.assessmentId(), toDto(replay.original()), toDto(replay.current())));
    }

    private String owner(UUID id) {
        return households.owner(id).orElseThrow(() -> new NotFoundException("No household assessment with id " + id));
    }

    private static HouseholdAssessmentSummary toDto(HouseholdAssessments.Summary s) {
        return new HouseholdAssessmentSummary(s.id(), s.createdAt().atOffset(ZoneOffset.UTC), AdviceMapper.versionNumber(s.ruleSetVersion()),
                s.ruleSetHash(), s.adults(), s.children()).reference(s.reference()).correlationId(s.correlationId()).clientId(s.clientId());
    }

    private static ReplayOutcome toDto(Replayer.Outcome outcome) {
        return new ReplayOutcome(AdviceMapper.versionNumber(outcome.ruleSetVersion()), outcome.ruleSetHash(), outcome.identical(),
                outcome.differences().stream().map(d -> new Difference(d.path()).stored(d.stored()).replayed(d.replayed())).toList());
    }
}
