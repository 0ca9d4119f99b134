package nl.wegwijzer.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import nl.wegwijzer.api.generated.RulesetsApi;
import nl.wegwijzer.api.generated.model.ApprovalRequest;
import nl.wegwijzer.api.generated.model.CompileError;
import nl.wegwijzer.api.generated.model.Difference;
import nl.wegwijzer.api.generated.model.Draft;
import nl.wegwijzer.api.generated.model.FileChange;
import nl.wegwijzer.api.generated.model.Impact;
import nl.wegwijzer.api.generated.model.ImpactSample;
import nl.wegwijzer.api.generated.model.LineChange;
import nl.wegwijzer.api.generated.model.PublicationRequest;
import nl.wegwijzer.api.generated.model.RollbackRequest;
import nl.wegwijzer.api.generated.model.RuleFile;
import nl.wegwijzer.api.generated.model.RuleSetInfo;
import nl.wegwijzer.api.generated.model.RuleSetVersion;
import nl.wegwijzer.api.generated.model.ScenarioFailure;
import nl.wegwijzer.api.generated.model.ScenarioReport;
import nl.wegwijzer.api.generated.model.TableFinding;
import nl.wegwijzer.api.generated.model.TableRow;
import nl.wegwijzer.api.generated.model.Transition;
import nl.wegwijzer.api.generated.model.Validation;
import nl.wegwijzer.rules.RuleEngine;
import nl.wegwijzer.rules.RuleSet;
import nl.wegwijzer.ruleset.Drafts;
import nl.wegwijzer.ruleset.FileDiff;
import nl.wegwijzer.ruleset.TableAnalysis;
import nl.wegwijzer.ruleset.Versions;
import nl.wegwijzer.scenarios.Scenarios;

/** The rule set's lifecycle: current set, versions, drafts, validation, impact, approval, publication, rollback. */
@RestController
public class RulesetsController implements RulesetsApi {
    private static final int MAX_REASON = 2000;

    private final RuleEngine engine;
    private final Versions versions;
    private final Drafts drafts;
    private final nl.wegwijzer.ruleset.Impact impact;
    private final ObjectMapper json;

    public RulesetsController(RuleEngine engine, Versions versions, Drafts drafts, nl.wegwijzer.ruleset.Impact impact,
                              ObjectMapper json) {
        this.engine = engine;
        this.versions = versions;
        this.drafts = drafts;
        this.impact = impact;
        this.json = json;
    }

    @Override
    public ResponseEntity<RuleSetInfo> getCurrentRuleSet() {
        RuleSet ruleSet = engine.current();
        RuleSetInfo info = new RuleSetInfo(ruleSet.version(), ruleSet.hash(), ruleSet.loadedAt().atOffset(ZoneOffset.UTC),
                ruleSet.files().stream().map(f -> new RuleFile(f.name(), f.rules(), f.sha256())).toList());
        info.setRules(ruleSet.ruleCount());
        return ResponseEntity.ok(info);
    }

    @Override
    public ResponseEntity<List<RuleSetVersion>> listRuleSetVersions() {
        List<Versions.Version> all = versions.list();
        Integer inEffect = versions.effectiveAt(Instant.now()).map(Versions.Version::number).orElse(null);
        List<RuleSetVersion> out = new ArrayList<>();
        Map<String, byte[]> previous = Map.of();
        for (Versions.Version v : all) {
            Map<String, byte[]> files = versions.files(v);
            out.add(toDto(v, inEffect, FileDiff.between(previous, files)));
            previous = files;
        }
        return ResponseEntity.ok(out);
    }

    @Override
    public ResponseEntity<RuleSetVersion> rollbackRuleSet(Integer version, RollbackRequest request) {
        Versions.Version v = versions.rollback(version, Requests.caller().clientId(), request.getReason(),
                request.getEffectiveFrom() == null ? null : request.getEffectiveFrom().toInstant());
        return created(v);
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
            errors.add(new Contract.FieldError("", "files", "at least one decision table (*.drl.csv, *.drl.xlsx) or a .zip of them"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("The draft cannot be made", errors);
        }
        Drafts.Draft draft = drafts.create(uploads, reason, Requests.caller().clientId());
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/v1/rulesets/drafts/" + draft.id()))
                .body(toDto(draft));
    }

    @Override
    public ResponseEntity<Draft> getDraft(UUID id) {
        return ResponseEntity.ok(toDto(draft(id)));
    }

    @Override
    public ResponseEntity<Validation> validateDraft(UUID id) {
        Drafts.Validation v = drafts.validate(draft(id));
        Validation out = new Validation(v.valid(),
                v.errors().stream().map(e -> new CompileError(e.message()).file(e.file()).row(e.row()).line(e.line())
                        .column(e.column()).columnTitle(e.columnTitle())).toList(),
                v.gaps().stream().map(RulesetsController::toDto).toList(),
                v.overlaps().stream().map(RulesetsController::toDto).toList());
        out.setUncoveredRows(v.uncoveredRows().stream().map(RulesetsController::toDto).toList());
        return ResponseEntity.ok(out);
    }

    @Override
    public ResponseEntity<Impact> draftImpact(UUID id, Integer samples) {
        Drafts.Draft draft = draft(id);
        RuleSet compiled;
        try {
            compiled = drafts.compile(draft);
        } catch (nl.wegwijzer.rules.RuleSetException broken) {
            throw new nl.wegwijzer.ruleset.Refusal(nl.wegwijzer.ruleset.Refusal.Kind.CONFLICT, null,
                    "The draft does not compile, so it has no impact to show; see its validation");
        }
        nl.wegwijzer.ruleset.Impact.Report r = impact.of(id, compiled, samples == null ? 5 : samples);
        Scenarios.Result s = r.scenarios();
        ScenarioReport scenarios = new ScenarioReport(s.passed(), s.failed(),
                s.failures().stream().map(f -> new ScenarioFailure(f.feature(), f.scenario(), f.message()).line(f.line())).toList(),
                s.uncoveredRows().stream().map(RulesetsController::toDto).toList());
        return ResponseEntity.ok(new Impact(r.draftId(), r.comparedWith(), r.assessments(), r.changed(),
                r.transitions().stream().map(t -> new Transition(t.pathway(), t.from(), t.to(), t.count())).toList(),
                r.samples().stream().map(x -> new ImpactSample(
                        x.differences().stream().map(d -> new Difference(d.path()).stored(d.stored()).replayed(d.replayed())).toList()))
                        .toList(),
                scenarios));
    }

    @Override
    public ResponseEntity<Draft> approveDraft(UUID id, ApprovalRequest request) {
        String note = request == null ? null : request.getNote();
        return ResponseEntity.ok(toDto(drafts.approve(id, Requests.caller().clientId(), note)));
    }

    @Override
    public ResponseEntity<RuleSetVersion> publishDraft(UUID id, PublicationRequest request) {
        OffsetDateTime effectiveFrom = request.getEffectiveFrom();
        return created(drafts.publish(id, effectiveFrom == null ? null : effectiveFrom.toInstant()));
    }

    private ResponseEntity<RuleSetVersion> created(Versions.Version v) {
        Integer inEffect = versions.effectiveAt(Instant.now()).map(Versions.Version::number).orElse(null);
        Map<String, byte[]> before = versions.find(v.number() - 1).map(versions::files).orElse(Map.of());
        return ResponseEntity.status(HttpStatus.CREATED).body(toDto(v, inEffect, FileDiff.between(before, versions.files(v))));
    }

    private Drafts.Draft draft(UUID id) {
        return drafts.find(id).orElseThrow(() -> new NotFoundException("No draft with id " + id));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> tree(com.fasterxml.jackson.databind.JsonNode node) {
        return json.convertValue(node, LinkedHashMap.class);
    }

    private static RuleSetVersion toDto(Versions.Version v, Integer inEffect, List<FileDiff.FileChange> changes) {
        RuleSetVersion.StateEnum state = Integer.valueOf(v.number()).equals(inEffect) ? RuleSetVersion.StateEnum.IN_EFFECT
                : v.effectiveFrom().isAfter(Instant.now()) ? RuleSetVersion.StateEnum.SCHEDULED : RuleSetVersion.StateEnum.SUPERSEDED;
        return new RuleSetVersion(v.number(), v.hash(), RuleSetVersion.OriginEnum.fromValue(v.origin().name()), v.author(),
                v.reason(), v.effectiveFrom().atOffset(ZoneOffset.UTC), v.publishedAt().atOffset(ZoneOffset.UTC), state,
                changes.stream().map(c -> new FileChange(c.file(), FileChange.ChangeEnum.fromValue(c.change().name()),
                        c.lines().stream().map(l -> new LineChange(LineChange.KindEnum.fromValue(l.kind()), l.text())
                                .rowBefore(l.rowBefore()).rowAfter(l.rowAfter())).toList())).toList())
                .approver(v.approver()).draftId(v.draftId()).rollbackOf(v.rollbackOf());
    }

    private static Draft toDto(Drafts.Draft d) {
        return new Draft(d.id(), d.baseVersion(), d.baseHash(), d.author(), d.reason(), d.createdAt().atOffset(ZoneOffset.UTC),
                d.changedFiles()).approvedBy(d.approvedBy())
                .approvedAt(d.approvedAt() == null ? null : d.approvedAt().atOffset(ZoneOffset.UTC))
                .approvalNote(d.approvalNote()).publishedAs(d.publishedAs());
    }

    private static TableFinding toDto(TableAnalysis.Finding f) {
        return new TableFinding(f.file(), f.table(), f.group(), f.rows(), new LinkedHashMap<>(f.example()));
    }

    private static TableRow toDto(RuleSet.TableRow row) {
        return new TableRow(row.file(), row.row(), row.rule());
    }
}
