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

@RestController
public class AssessmentsController implements AssessmentsApi {
    private final Advisor advisor;

    public AssessmentsController(Advisor advisor) {
        this.advisor = advisor;
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
}
