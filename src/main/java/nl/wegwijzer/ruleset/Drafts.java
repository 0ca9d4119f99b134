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
    /** The last few drafts compiled: validation, impact and publication of one draft compile it once. */
    private final Map<UUID, RuleSet> compiled = java.util.Collections.synchronizedMap(new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, RuleSet> eldest) {
            return size() > 4;
        }
    });

    public Drafts(JdbcClient sql, Versions versions, RuleSetLoader loader, Scenarios scenarios, ObjectMapper json, Clock clock) {
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

    /** A compile problem, where a policy officer finds it. */
    public record Problem(String file, Integer row, Integer line, String column, String columnTitle, String message) {
    }

    /** Errors, gaps and overlaps make a draft invalid; uncovered rows are advice to add scenarios. */
    public record Validation(boolean valid, List<Problem> errors, List<TableAnalysis.Finding> gaps,
                             List<TableAnalysis.Finding> overlaps, List<RuleSet.TableRow> uncoveredRows) {
    }

    /** Refused uploads: names and reasons. */
    public static final class Refused extends RuntimeException {
        private final transient List<String> problems;

        Refused(List<String> problems) {
            super(String.join("; ", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }

    /** Stores a draft: each uploaded rule file replaces its namesake; a zip replaces the whole bundle. */
    public Draft create(Map<String, byte[]> uploads, String reason, String author) {
        Versions.Version newest = versions.newest();
        Map<String, byte[]> files = new LinkedHashMap<>(versions.files(newest));
        List<String> changed = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (Map.Entry<String, byte[]> upload : uploads.entrySet()) {
            String name = upload.getKey();
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".zip")) {
                files = unzip(upload.getValue(), refused);
                changed.add(name);
            } else if (lower.endsWith(".drl.csv") || lower.endsWith(".drl.xlsx") || lower.endsWith(".drl")) {
                files.put(name, upload.getValue());
                changed.add(name);
            } else {
                refused.add(name + ": a rule file must be *.drl.csv, *.drl.xlsx, *.drl or a .zip bundle of them");
            }
        }
        if (uploads.isEmpty()) {
            refused.add("no file uploaded");
        }
        if (!refused.isEmpty()) {
            throw new Refused(refused);
        }
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
        return new Validation(errors.isEmpty() && overlaps.isEmpty() && gaps.isEmpty(), errors, gaps, overlaps, uncovered);
    }

    /** The draft's rules, compiled (throws {@link RuleSetException} naming file, row and column). */
    public RuleSet compile(Draft draft) {
        RuleSet known = compiled.get(draft.id());
        if (known == null) {
            known = loader.compile("draft", draft.files());
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

    private static Map<String, byte[]> unzip(byte[] zip, List<String> refused) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                String name = entry.getName().replaceAll(".*/", "");
                String lower = name.toLowerCase(Locale.ROOT);
                if (entry.isDirectory() || name.isEmpty() || name.equals(RuleSetLoader.DESCRIPTOR)) {
                    continue;
                }
                if (lower.endsWith(".drl.csv") || lower.endsWith(".drl.xlsx") || lower.endsWith(".drl")) {
                    files.put(name, in.readNBytes(5 * 1024 * 1024));
                } else {
                    refused.add(name + " (in the zip): a rule file must be *.drl.csv, *.drl.xlsx or *.drl");
                }
            }
        } catch (IOException e) {
            refused.add("the zip cannot be read: " + e.getMessage());
        }
        if (files.isEmpty()) {
            refused.add("the zip holds no files");
        }
        return files;
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
