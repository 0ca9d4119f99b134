package nl.wegwijzer.api;

import java.net.URI;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

import nl.wegwijzer.advice.Advice;
import nl.wegwijzer.advice.Advisor;
import nl.wegwijzer.advice.Language;
import nl.wegwijzer.api.generated.AssessmentsApi;
import nl.wegwijzer.api.generated.model.AssessmentRequest;
import nl.wegwijzer.api.generated.model.Difference;
import nl.wegwijzer.api.generated.model.Replay;
import nl.wegwijzer.api.generated.model.ReplayOutcome;
import nl.wegwijzer.audit.Replayer;

@RestController
public class AssessmentsController implements AssessmentsApi {
    private final Advisor advisor;
    private final Replayer replayer;

    public AssessmentsController(Advisor advisor, Replayer replayer) {
        this.advisor = advisor;
        this.replayer = replayer;
    }

    @Override
    public ResponseEntity<nl.wegwijzer.api.generated.model.Advice> createAssessment(AssessmentRequest request, String acceptLanguage) {
        Advice advice = advisor.advise(AdviceMapper.toIntake(request));
        return ResponseEntity.created(URI.create(PATH_CREATE_ASSESSMENT + "/" + advice.id()))
                .body(AdviceMapper.toDto(advice, Language.fromAcceptLanguage(acceptLanguage)));
    }

    @Override
    public ResponseEntity<nl.wegwijzer.api.generated.model.Advice> getAssessment(UUID id, String acceptLanguage) {
        Advice advice = advisor.find(id).orElseThrow(() -> new NotFoundException("No assessment with id " + id));
        return ResponseEntity.ok(AdviceMapper.toDto(advice, Language.fromAcceptLanguage(acceptLanguage)));
    }

    @Override
    public ResponseEntity<Replay> replayAssessment(UUID id) {
        Replayer.Replay replay = replayer.replay(id).orElseThrow(() -> new NotFoundException("No assessment with id " + id));
        return ResponseEntity.ok(new Replay(replay.assessmentId(), toDto(replay.original()), toDto(replay.current())));
    }

    private static ReplayOutcome toDto(Replayer.Outcome outcome) {
        return new ReplayOutcome(outcome.ruleSetVersion(), outcome.ruleSetHash(), outcome.identical(),
                outcome.differences().stream()
                        .map(d -> new Difference(d.path()).stored(d.stored()).replayed(d.replayed())).toList());
    }
}
