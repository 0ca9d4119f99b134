package nl.wegwijzer.ruleset;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import nl.wegwijzer.contract.Vocabulary;
import nl.wegwijzer.rules.RuleSet;
import nl.wegwijzer.rules.RuleSetException;
import nl.wegwijzer.scenarios.Scenarios;

/**
 * The life of a draft: made from the newest version with uploaded tables and scenarios in place,
 * validated (compiles, no gaps or overlaps, every rule scenario passes), approved by a second policy
 * officer, published. A draft is stored and never applied by itself.
 */
public class Drafts {
    private final DraftStore store;
    private final DraftCompiler compiler;
    private final Versions versions;
    private final Scenarios scenarios;
    private final Vocabulary vocabulary;
    private final Clock clock;

    public Drafts(DraftStore store, DraftCompiler compiler, Versions versions, Scenarios scenarios, Vocabulary vocabulary,
                  Clock clock) {
        this.store = store;
        this.compiler = compiler;
        this.versions = versions;
        this.scenarios = scenarios;
        this.vocabulary = vocabulary;
        this.clock = clock;
    }

    /**
     * Errors, gaps, overlaps and failing scenarios make a draft invalid; the scenario report also
     * names the table rows no scenario exercises (advice to add one, not an error).
     */
    public record Validation(boolean valid, List<DraftProblem> errors, List<TableAnalysis.Finding> gaps,
                             List<TableAnalysis.Finding> overlaps, Scenarios.Result scenarios) {
    }

    /**
     * Stores a draft: the newest version with the uploaded tables' rows and scenario files in place.
     * Anything but data rows and rule features is refused before it is stored, so nothing a policy
     * officer uploads is ever compiled unchecked.
     */
    public Draft create(Map<String, byte[]> uploads, String reason, String author) {
        Versions.Version newest = versions.newest();
        Map<String, byte[]> base = versions.files(newest);
        DraftContent.Applied applied = DraftContent.apply(base, DraftUploads.read(uploads, base.keySet()), vocabulary);
        Draft draft = new Draft(UUID.randomUUID(), Versions.label(newest.number()), newest.hash(), author, reason.strip(),
                clock.instant(), applied.changed(), applied.files(), null, null, null, null);
        store.insert(draft);
        return draft;
    }

    public Optional<Draft> find(UUID id) {
        return store.find(id);
    }

    /** Drafts not yet published, newest first. */
    public List<Draft> open() {
        return store.open(200);
    }

    /** The draft's rules, compiled once checked to be a data change; see {@link DraftCompiler}. */
    public RuleSet compile(Draft draft) {
        return compiler.compile(draft);
    }

    /** Compile errors by file, row and column, gaps and overlaps, and the rule scenarios run under the draft. */
    public Validation validate(Draft draft) {
        List<DraftProblem> errors = new ArrayList<>();
        Scenarios.Result run = Scenarios.Result.none("the draft does not compile, so its scenarios cannot run");
        try {
            run = scenarios.run(compile(draft));
        } catch (RuleSetException broken) {
            broken.problems().forEach(p -> errors.add(DraftProblem.parse(p)));
        }
        List<TableAnalysis.Finding> gaps = new ArrayList<>();
        List<TableAnalysis.Finding> overlaps = new ArrayList<>();
        draft.files().forEach((name, content) -> {
            if (name.endsWith(".drl.csv")) {
                for (TableAnalysis.Finding f : TableAnalysis.analyse(name, new String(content, StandardCharsets.UTF_8), vocabulary)) {
                    (f.kind().equals("GAP") ? gaps : overlaps).add(f);
                }
            }
        });
        boolean valid = errors.isEmpty() && overlaps.isEmpty() && gaps.isEmpty() && run.failed() == 0;
        return new Validation(valid, first(errors), first(gaps), first(overlaps), run);
    }

    /** What the draft changes against the version it was made from, file by file, line by line. */
    public List<FileDiff.FileChange> changes(Draft draft) {
        Map<String, byte[]> base = versions.files(draft.baseHash()).orElse(Map.of());
        Map<String, byte[]> before = new TreeMap<>();
        Map<String, byte[]> after = new TreeMap<>();
        for (String file : draft.changedFiles()) {
            if (base.containsKey(file)) {
                before.put(file, base.get(file));
            }
            if (draft.files().containsKey(file)) {
                after.put(file, draft.files().get(file));
            }
        }
        return FileDiff.between(before, after);
    }

    /** A second policy officer approves a valid draft; the author cannot approve their own. */
    public synchronized Draft approve(UUID id, String approver, String note) {
        Draft draft = find(id).orElseThrow(() -> notFound(id));
        if (draft.author().equals(approver)) {
            throw new Refusal(Refusal.Kind.FORBIDDEN, null,
                    "The author of a draft cannot approve it: a second policy officer must (four eyes)", "own-draft");
        }
        unpublished(draft);
        if (draft.approvedBy() != null) {
            throw new Refusal(Refusal.Kind.CONFLICT, null, "The draft is already approved by " + draft.approvedBy(), "already-approved", draft.approvedBy());
        }
        requireValid(draft, "approved");
        store.approved(id, approver, clock.instant(), note);
        return find(id).orElseThrow();
    }

    /** Publishes an approved, valid draft made from the newest version, effective now or at a later moment. */
    public synchronized Versions.Version publish(UUID id, Instant effectiveFrom) {
        Draft draft = find(id).orElseThrow(() -> notFound(id));
        Instant effective = Timing.effective(effectiveFrom, clock);
        unpublished(draft);
        if (draft.approvedBy() == null) {
            throw new Refusal(Refusal.Kind.CONFLICT, null,
                    "The draft is not approved: a policy officer other than the author must approve it first", "not-approved");
        }
        Versions.Version newest = versions.newest();
        if (!newest.hash().equals(draft.baseHash())) {
            throw new Refusal(Refusal.Kind.CONFLICT, null, "The draft was made from version " + draft.baseVersion()
                    + ", but version " + newest.number() + " has been published since; make a new draft from it", "outdated",
                    draft.baseVersion(), newest.number());
        }
        requireValid(draft, "published");
        Versions.Version published = versions.publish(compile(draft), Versions.Origin.DRAFT, draft.author(), draft.approvedBy(),
                draft.reason(), effective, draft.id(), null);
        store.published(id, published.number());
        return published;
    }

    private static void unpublished(Draft draft) {
        if (draft.publishedAs() != null) {
            throw new Refusal(Refusal.Kind.CONFLICT, null, "The draft is already published as version " + draft.publishedAs(), "already-published",
                    draft.publishedAs());
        }
    }

    /** The specification and the rules cannot drift apart: a draft whose scenarios fail is not approved or published. */
    private void requireValid(Draft draft, String what) {
        Validation validation = validate(draft);
        if (!validation.valid()) {
            throw new Refusal(Refusal.Kind.CONFLICT, null, "The draft cannot be " + what + ": its validation found "
                    + validation.errors().size() + " error(s), " + validation.gaps().size() + " gap(s), "
                    + validation.overlaps().size() + " overlap(s) and " + validation.scenarios().failed()
                    + " failing scenario(s); see GET /api/v1/rulesets/drafts/" + draft.id() + "/validation", "not-valid");
        }
    }

    /** Answers stay bounded: the first {@link DraftProblem#MAX} of a kind are shown, the valid flag counts all. */
    private static <T> List<T> first(List<T> all) {
        return all.size() <= DraftProblem.MAX ? all : List.copyOf(all.subList(0, DraftProblem.MAX));
    }

    private static Refusal notFound(UUID id) {
        return new Refusal(Refusal.Kind.NOT_FOUND, null, "No draft with id " + id, "no-draft");
    }
}
