package nl.wegwijzer.ruleset;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.jdbc.core.simple.JdbcClient;

import nl.wegwijzer.rules.RuleSet;
import nl.wegwijzer.rules.RuleSetException;
import nl.wegwijzer.rules.RuleSetLoader;
import nl.wegwijzer.scenarios.Scenarios;

/**
 * Drafts of the rule set: the published set with uploaded files replaced (or a whole uploaded bundle),
 * stored and never applied by themselves; and their validation in terms a policy officer can act on.
 */
public class Drafts {
    private static final Pattern PROBLEM = Pattern.compile(
            "^(?<file>[^,:]+?)(?:, (?<unit>row|line) (?<number>\\d+))?(?:, column (?<column>[A-Z]+)(?: \\((?<title>[^)]*)\\))?)?"
                    + "(?: \\((?<rule>rule [^)]*|table header)\\))?: (?<message>.*)$");

    private final JdbcClient sql;
    private final Versions versions;
    private final Scenarios scenarios;
    private final RuleSetLoader loader;
    private final ObjectMapper json;
    private final Clock clock;
    private final Vocabulary vocabulary;
    /**
     * Drafts compile one at a time on their own thread, within a time limit: one policy key cannot
     * occupy the cores that give advice, nor keep a request waiting without end.
     */
    private final java.util.concurrent.ExecutorService compiler = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "draft-compiler");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        return thread;
    });
    static final java.time.Duration COMPILE_LIMIT = java.time.Duration.ofSeconds(60);
    /** The last few drafts compiled: validation, impact and publication of one draft compile it once. */
    private final Map<UUID, RuleSet> compiled = java.util.Collections.synchronizedMap(new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, RuleSet> eldest) {
            return size() > 4;
        }
    });

    public Drafts(JdbcClient sql, Versions versions, RuleSetLoader loader, Scenarios scenarios, ObjectMapper json, Clock clock,
                  Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.scenarios = scenarios;
        this.sql = sql;
        this.versions = versions;
        this.loader = loader;
        this.json = json;
        this.clock = clock;
    }

    public record Draft(UUID id, String baseVersion, String baseHash, String author, String reason, Instant createdAt,
                        List<String> changedFiles, Map<String, byte[]> files, String approvedBy, Instant approvedAt,
                        String approvalNote, Integer publishedAs) {
    }

    /** A problem, where a policy officer finds it: file, table row (or DRL line), column. */
    public record Problem(String file, Integer row, Integer line, String column, String columnTitle, String message) {
        /** "file, row 12, column C (Title): message", as one line. */
        public String text() {
            StringBuilder where = new StringBuilder(file == null ? "" : file);
            if (row != null) {
                where.append(where.isEmpty() ? "" : ", ").append("row ").append(row);
            }
            if (line != null) {
                where.append(where.isEmpty() ? "" : ", ").append("line ").append(line);
            }
            if (column != null) {
                where.append(", column ").append(column).append(columnTitle == null ? "" : " (" + columnTitle + ")");
            }
            return where.isEmpty() ? message : where + ": " + message;
        }
    }

    /** At most this many problems are reported in one answer; the rest are counted. */
    public static final int MAX_PROBLEMS = 50;

    /** Errors, gaps and overlaps make a draft invalid; uncovered rows are advice to add scenarios. */
    public record Validation(boolean valid, List<Problem> errors, List<TableAnalysis.Finding> gaps,
                             List<TableAnalysis.Finding> overlaps, List<RuleSet.TableRow> uncoveredRows) {
    }

    /**
     * Stores a draft: the newest version with the rows of the uploaded tables replaced. Only data
     * rows may change, and every cell must fit its column; anything else is refused before it is
     * stored, so nothing a policy officer uploads is ever compiled unchecked.
     */
    public Draft create(Map<String, byte[]> uploads, String reason, String author) {
        Versions.Version newest = versions.newest();
        Map<String, byte[]> base = versions.files(newest);
        Map<String, String> tables = DraftUploads.read(uploads, base.keySet());
        Map<String, byte[]> files = new LinkedHashMap<>(base);
        List<Problem> problems = new ArrayList<>();
        tables.forEach((path, text) -> {
            TableShape.Checked checked = shape(path, base.get(path)).accept(text, vocabulary);
            if (checked.problems().isEmpty()) {
                files.put(path, checked.text().getBytes(StandardCharsets.UTF_8));
            } else {
                problems.addAll(checked.problems());
            }
        });
        if (!problems.isEmpty()) {
            throw new DraftRefused(DraftRefused.Kind.NOT_DATA, problems.subList(0, Math.min(problems.size(), MAX_PROBLEMS)));
        }
        List<String> changed = List.copyOf(tables.keySet());
        Map<String, String> stored = new LinkedHashMap<>();
        files.forEach((name, content) -> stored.put(name, Base64.getEncoder().encodeToString(content)));
        Draft draft = new Draft(UUID.randomUUID(), Versions.label(newest.number()), newest.hash(), author, reason.strip(),
                clock.instant(), changed, files, null, null, null, null);
        sql.sql("INSERT INTO rule_set_draft (id, base_version, base_hash, author, reason, created_at, changed_files, files) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .param(draft.id()).param(draft.baseVersion()).param(draft.baseHash()).param(author).param(draft.reason())
                .param(Timestamp.from(draft.createdAt())).param(String.join(",", changed)).param(write(stored)).update();
        return draft;
    }

    /** The shape of a deployed table; a table that declares no column types cannot be changed by a draft. */
    private static TableShape shape(String path, byte[] deployed) {
        try {
            return TableShape.of(path, new String(deployed, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException undeclared) {
            throw new DraftRefused(DraftRefused.Kind.NOT_DATA, path, "this table cannot be changed through a draft ("
                    + undeclared.getMessage() + ")");
        }
    }

    /**
     * Checks, before anything of a stored draft is compiled, that it differs from its base version
     * only in the data rows of tables, each cell fitting its column. Drafts stored before these checks
     * existed, or altered in the database, are refused here rather than run.
     */
    void verify(Draft draft) {
        Versions.Version base = versions.find(Integer.parseInt(draft.baseVersion()))
                .filter(v -> v.hash().equals(draft.baseHash()))
                .orElseThrow(() -> new DraftRefused(DraftRefused.Kind.NOT_DATA, null, "the draft's base version is unknown"));
        Map<String, byte[]> deployed = versions.files(base);
        if (!deployed.keySet().equals(draft.files().keySet())) {
            throw new DraftRefused(DraftRefused.Kind.NOT_DATA, null, "the draft adds or removes files; it is not compiled");
        }
        for (Map.Entry<String, byte[]> file : draft.files().entrySet()) {
            byte[] was = deployed.get(file.getKey());
            if (java.util.Arrays.equals(was, file.getValue())) {
                continue;
            }
            String text = new String(file.getValue(), StandardCharsets.UTF_8);
            TableShape.Checked checked = shape(file.getKey(), was).accept(text, vocabulary);
            if (!checked.problems().isEmpty() || !checked.text().equals(text)) {
                throw new DraftRefused(DraftRefused.Kind.NOT_DATA, checked.problems().isEmpty()
                        ? List.of(new Problem(file.getKey(), null, null, null, null, "changed outside its data rows; it is not compiled"))
                        : checked.problems());
            }
        }
    }

    public Optional<Draft> find(UUID id) {
        return sql.sql("SELECT id, base_version, base_hash, author, reason, created_at, changed_files, files, approved_by, "
                        + "approved_at, approval_note, published_as FROM rule_set_draft WHERE id = ?")
                .param(id).query((row, n) -> {
                    Map<String, String> stored = read(row.getString("files"));
                    Map<String, byte[]> files = new LinkedHashMap<>();
                    stored.forEach((name, content) -> files.put(name, Base64.getDecoder().decode(content)));
                    return new Draft(row.getObject("id", UUID.class), row.getString("base_version"), row.getString("base_hash").strip(),
                            row.getString("author"), row.getString("reason"), row.getTimestamp("created_at").toInstant(),
                            List.of(row.getString("changed_files").split(",")), files, row.getString("approved_by"),
                            row.getTimestamp("approved_at") == null ? null : row.getTimestamp("approved_at").toInstant(),
                            row.getString("approval_note"), row.getObject("published_as", Integer.class));
                }).optional();
    }

    /**
     * Compile errors by file, row and column, gaps and overlaps (valid when there are none), and the
     * table rows no scenario exercises under the draft.
     */
    public Validation validate(Draft draft) {
        return check(draft, true);
    }

    /** Approval and publication need only the blocking findings: the scenario run for coverage is skipped. */
    private Validation check(Draft draft, boolean coverage) {
        List<Problem> errors = new ArrayList<>();
        List<RuleSet.TableRow> uncovered = List.of();
        try {
            RuleSet rules = compile(draft);
            if (coverage) {
                uncovered = scenarios.run(rules).uncoveredRows();
            }
        } catch (RuleSetException broken) {
            broken.problems().forEach(p -> errors.add(problem(p)));
        }
        List<TableAnalysis.Finding> gaps = new ArrayList<>();
        List<TableAnalysis.Finding> overlaps = new ArrayList<>();
        draft.files().forEach((name, content) -> {
            if (name.toLowerCase(Locale.ROOT).endsWith(".drl.csv")) {
                for (TableAnalysis.Finding f : TableAnalysis.analyse(name, new String(content, StandardCharsets.UTF_8))) {
                    (f.kind().equals("GAP") ? gaps : overlaps).add(f);
                }
            }
        });
        return new Validation(errors.isEmpty() && overlaps.isEmpty() && gaps.isEmpty(), first(errors), first(gaps), first(overlaps),
                uncovered);
    }

    /**
     * The draft's rules, compiled (throws {@link RuleSetException} naming file, row and column), after
     * {@link #verify} found it a data change only. Compiling is bounded in time.
     */
    public RuleSet compile(Draft draft) {
        RuleSet known = compiled.get(draft.id());
        if (known == null) {
            verify(draft);
            var compiling = compiler.submit(() -> loader.compile("draft", draft.files()));
            try {
                known = compiling.get(COMPILE_LIMIT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException slow) {
                compiling.cancel(true);
                throw new DraftRefused(DraftRefused.Kind.NOT_DATA, null, "compiling the draft took longer than "
                        + COMPILE_LIMIT.toSeconds() + " s; it is not used");
            } catch (java.util.concurrent.ExecutionException failed) {
                if (failed.getCause() instanceof RuntimeException e) {
                    throw e;
                }
                throw new IllegalStateException(failed.getCause());
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(interrupted);
            }
            compiled.put(draft.id(), known);
        }
        return known;
    }

    /** A second policy officer approves a valid draft; the author cannot approve their own. */
    public Draft approve(UUID id, String approver, String note) {
        synchronized (this) {
            Draft draft = find(id).orElseThrow(() -> notFound(id));
            if (draft.author().equals(approver)) {
                throw new Refusal(Refusal.Kind.FORBIDDEN, null,
                        "The author of a draft cannot approve it: a second policy officer must (four eyes)");
            }
            if (draft.publishedAs() != null) {
                throw new Refusal(Refusal.Kind.CONFLICT, null, "The draft is already published as version " + draft.publishedAs());
            }
            if (draft.approvedBy() != null) {
                throw new Refusal(Refusal.Kind.CONFLICT, null, "The draft is already approved by " + draft.approvedBy());
            }
            requireValid(draft, "approved");
            sql.sql("UPDATE rule_set_draft SET approved_by = ?, approved_at = ?, approval_note = ? WHERE id = ? AND approved_by IS NULL")
                    .param(approver).param(Timestamp.from(clock.instant())).param(note == null || note.isBlank() ? null : note.strip())
                    .param(id).update();
            return find(id).orElseThrow();
        }
    }

    /** Publishes an approved, valid draft made from the newest version, effective now or at a later moment. */
    public Versions.Version publish(UUID id, Instant effectiveFrom) {
        synchronized (this) {
            Draft draft = find(id).orElseThrow(() -> notFound(id));
            Instant effective = Timing.effective(effectiveFrom, clock);
            if (draft.publishedAs() != null) {
                throw new Refusal(Refusal.Kind.CONFLICT, null, "The draft is already published as version " + draft.publishedAs());
            }
            if (draft.approvedBy() == null) {
                throw new Refusal(Refusal.Kind.CONFLICT, null,
                        "The draft is not approved: a policy officer other than the author must approve it first");
            }
            Versions.Version newest = versions.newest();
            if (!newest.hash().equals(draft.baseHash())) {
                throw new Refusal(Refusal.Kind.CONFLICT, null, "The draft was made from version " + draft.baseVersion()
                        + ", but version " + newest.number() + " has been published since; make a new draft from it");
            }
            requireValid(draft, "published");
            Versions.Version published = versions.publish(compile(draft), Versions.Origin.DRAFT, draft.author(), draft.approvedBy(),
                    draft.reason(), effective, draft.id(), null);
            sql.sql("UPDATE rule_set_draft SET published_as = ? WHERE id = ?").param(published.number()).param(id).update();
            return published;
        }
    }

    private void requireValid(Draft draft, String what) {
        Validation validation = check(draft, false);
        if (!validation.valid()) {
            throw new Refusal(Refusal.Kind.CONFLICT, null, "The draft cannot be " + what + ": its validation found "
                    + validation.errors().size() + " error(s), " + validation.gaps().size() + " gap(s) and "
                    + validation.overlaps().size() + " overlap(s); see GET /api/v1/rulesets/drafts/" + draft.id() + "/validation");
        }
    }

    /** Answers stay bounded: the first {@link #MAX_PROBLEMS} of a kind are shown, the valid flag counts all. */
    private static <T> List<T> first(List<T> all) {
        return all.size() <= MAX_PROBLEMS ? all : List.copyOf(all.subList(0, MAX_PROBLEMS));
    }

    private static Refusal notFound(UUID id) {
        return new Refusal(Refusal.Kind.NOT_FOUND, null, "No draft with id " + id);
    }

    static Problem problem(String text) {
        Matcher m = PROBLEM.matcher(text);
        if (!m.matches()) {
            return new Problem(null, null, null, null, null, text);
        }
        Integer number = m.group("number") == null ? null : Integer.valueOf(m.group("number"));
        boolean row = "row".equals(m.group("unit"));
        return new Problem(m.group("file"), row ? number : null, row ? null : number, m.group("column"), m.group("title"),
                m.group("message"));
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, String> read(String value) {
        try {
            return json.readValue(value, new TypeReference<LinkedHashMap<String, String>>() { });
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
