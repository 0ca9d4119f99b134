package nl.wegwijzer.ruleset;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.wegwijzer.contract.Vocabulary;

/**
 * What a draft is made of: the files of the version it starts from, with the uploaded tables and
 * scenario files in place. A table may differ only in its data rows, each cell fitting its column
 * ({@link TableShape}); a scenario file must be a readable Dutch rule feature ({@link ScenarioFiles}).
 * The same check runs when a draft is made and again before a stored draft is compiled.
 */
final class DraftContent {
    /** The draft's files and, in upload order, the paths it changes. */
    record Applied(Map<String, byte[]> files, List<String> changed) {
    }

    private DraftContent() {
    }

    static Applied apply(Map<String, byte[]> base, Map<String, String> uploads, Vocabulary words) {
        Map<String, byte[]> files = new LinkedHashMap<>(base);
        List<DraftProblem> problems = new ArrayList<>();
        uploads.forEach((path, text) -> {
            TableShape.Checked checked = check(path, base.get(path), text, words);
            if (checked.problems().isEmpty()) {
                files.put(path, checked.text().getBytes(StandardCharsets.UTF_8));
            } else {
                problems.addAll(checked.problems());
            }
        });
        if (!problems.isEmpty()) {
            throw new DraftRefused(DraftRefused.Kind.NOT_DATA, problems.subList(0, Math.min(problems.size(), DraftProblem.MAX)));
        }
        return new Applied(files, List.copyOf(uploads.keySet()));
    }

    /**
     * Refuses a stored draft that differs from its base in anything but what {@link #apply} lets
     * through: drafts stored before these checks existed, or altered in the database, are never run.
     */
    static void verify(Map<String, byte[]> deployed, Map<String, byte[]> files, Vocabulary words) {
        if (!files.keySet().containsAll(deployed.keySet())
                || files.keySet().stream().anyMatch(path -> !deployed.containsKey(path) && !scenario(path))) {
            throw new DraftRefused(DraftRefused.Kind.NOT_DATA, null, "the draft adds or removes files; it is not compiled");
        }
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            byte[] was = deployed.get(file.getKey());
            if (Arrays.equals(was, file.getValue())) {
                continue;
            }
            String text = new String(file.getValue(), StandardCharsets.UTF_8);
            TableShape.Checked checked = check(file.getKey(), was, text, words);
            if (!checked.problems().isEmpty() || !checked.text().equals(text)) {
                throw new DraftRefused(DraftRefused.Kind.NOT_DATA, checked.problems().isEmpty()
                        ? List.of(DraftProblem.of(file.getKey(), "changed outside its data rows; it is not compiled"))
                        : checked.problems());
            }
        }
    }

    private static TableShape.Checked check(String path, byte[] deployed, String text, Vocabulary words) {
        if (scenario(path)) {
            return new TableShape.Checked(ScenarioFiles.check(path, text), text);
        }
        return shape(path, deployed).accept(text, words);
    }

    static boolean scenario(String path) {
        return path.toLowerCase(Locale.ROOT).endsWith(".feature");
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
}
