package nl.wegwijzer.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import nl.wegwijzer.contract.Contract;
import nl.wegwijzer.contract.generated.DraftsApi;
import nl.wegwijzer.contract.generated.model.ApprovalRequest;
import nl.wegwijzer.contract.generated.model.Draft;
import nl.wegwijzer.contract.generated.model.Impact;
import nl.wegwijzer.ruleset.WaitedImpact;
import nl.wegwijzer.contract.generated.model.ImpactRun;
import nl.wegwijzer.ruleset.ImpactRuns;
import nl.wegwijzer.contract.generated.model.PublicationRequest;
import nl.wegwijzer.contract.generated.model.RuleSetVersion;
import nl.wegwijzer.contract.generated.model.Validation;
import nl.wegwijzer.rules.RuleSet;
import nl.wegwijzer.rules.RuleSetException;
import nl.wegwijzer.ruleset.Drafts;
import nl.wegwijzer.ruleset.Refusal;
import nl.wegwijzer.ruleset.Versions;

/** Changes to the rules: a draft of tables and scenarios, its validation and impact, approval, publication. */
@RestController
public class DraftsController implements DraftsApi {
    private static final int MAX_REASON = 2000;

    private final Drafts drafts;
    private final WaitedImpact impact;
    private final ImpactRuns impactRuns;
    private final VersionAnswers versions;

    public DraftsController(Drafts drafts, WaitedImpact impact, ImpactRuns impactRuns, Versions versions, Clock clock) {
        this.drafts = drafts;
        this.impact = impact;
        this.impactRuns = impactRuns;
        this.versions = new VersionAnswers(versions, clock);
    }

    @Override
    public ResponseEntity<Draft> createDraft(List<MultipartFile> files, String reason) {
        List<Contract.FieldError> errors = new ArrayList<>();
        if (reason == null || reason.isBlank()) {
            errors.add(new Contract.FieldError("", "reason", "is required: say why the rules change"));
        } else if (reason.length() > MAX_REASON) {
            errors.add(new Contract.FieldError("", "reason", "must be at most " + MAX_REASON + " characters"));
        }
        Map<String, byte[]> uploads = new LinkedHashMap<>();
        for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
            String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
            try {
                if (uploads.put(name, file.getBytes()) != null) {
                    errors.add(new Contract.FieldError("", "files", "the file " + name + " is uploaded twice"));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (uploads.isEmpty()) {
            errors.add(new Contract.FieldError("", "files",
                    "at least one decision table (*.drl.csv, *.drl.xlsx), scenario file (*.feature) or a .zip of them"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("The draft cannot be made", errors);
        }
        nl.wegwijzer.ruleset.Draft draft = drafts.create(uploads, reason, Requests.caller().clientId());
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/v1/rulesets/drafts/" + draft.id()))
                .body(DraftAnswers.draft(draft));
    }

    @Override
    public ResponseEntity<List<Draft>> listDrafts() {
        return ResponseEntity.ok(drafts.open().stream().map(DraftAnswers::draft).toList());
    }

    @Override
    public ResponseEntity<Draft> getDraft(UUID id) {
        nl.wegwijzer.ruleset.Draft draft = draft(id);
        return ResponseEntity.ok(DraftAnswers.draft(draft).changes(VersionAnswers.changes(drafts.changes(draft))));
    }

    @Override
    public ResponseEntity<Validation> validateDraft(UUID id) {
        return ResponseEntity.ok(DraftAnswers.validation(drafts.validate(draft(id))));
    }

    @Override
    public ResponseEntity<Impact> draftImpact(UUID id, Integer samples) {
        return ResponseEntity.ok(DraftAnswers.impact(impact.of(id, compiled(id), samples(samples))));
    }

    @Override
    public ResponseEntity<ImpactRun> startImpactRun(UUID id, Integer samples) {
        ImpactRuns.Run run = impactRuns.start(id, compiled(id), samples(samples), Requests.caller().clientId());
        return ResponseEntity.status(HttpStatus.ACCEPTED).location(URI.create("/api/v1/rulesets/drafts/" + id + "/impact-runs/" + run.id()))
                .body(DraftAnswers.impactRun(run));
    }

    @Override
    public ResponseEntity<ImpactRun> getImpactRun(UUID id, UUID runId) {
        return ResponseEntity.ok(DraftAnswers.impactRun(impactRuns.find(id, runId)
                .orElseThrow(() -> new NotFoundException("No impact run " + runId + " of draft " + id))));
    }

    /** How many changed cases an impact shows: 5 unless asked, at most 50 (the contract's bounds). */
    private static int samples(Integer samples) {
        if (samples != null && (samples < 0 || samples > 50)) {
            throw new InvalidRequestException("The impact cannot be worked out", List.of(new Contract.FieldError("", "samples", "must be from 0 to 50")));
        }
        return samples == null ? 5 : samples;
    }

    private RuleSet compiled(UUID id) {
        try {
            return drafts.compile(draft(id));
        } catch (RuleSetException broken) {
            throw new Refusal(Refusal.Kind.CONFLICT, null, "The draft does not compile, so it has no impact to show; see its validation", "no-impact");
        }
    }

    @Override
    public ResponseEntity<Draft> approveDraft(UUID id, ApprovalRequest request) {
        String note = request == null ? null : request.getNote();
        return ResponseEntity.ok(DraftAnswers.draft(drafts.approve(id, Requests.caller().clientId(), note)));
    }

    @Override
    public ResponseEntity<RuleSetVersion> publishDraft(UUID id, PublicationRequest request) {
        OffsetDateTime effectiveFrom = request.getEffectiveFrom();
        Versions.Version published = drafts.publish(id, effectiveFrom == null ? null : effectiveFrom.toInstant());
        return ResponseEntity.status(HttpStatus.CREATED).body(versions.published(published));
    }

    private nl.wegwijzer.ruleset.Draft draft(UUID id) {
        return drafts.find(id).orElseThrow(() -> new NotFoundException("No draft with id " + id));
    }
}
