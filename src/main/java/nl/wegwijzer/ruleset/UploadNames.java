package nl.wegwijzer.ruleset;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The file of the rules folder an uploaded name stands for. Names are compared as given, never
 * resolved against the file system; a draft may name existing tables and scenario files, or a new
 * scenario file in an existing folder, and nothing else.
 */
final class UploadNames {
    private static final String MACHINERY = "; the machinery of the rules is not editable through a draft; change it in "
            + "the repository's rules/ folder";

    private UploadNames() {
    }

    /**
     * The path of an existing table an upload name stands for. Names are compared as given, never
     * resolved against the file system: no absolute path, no "..", no backslash, no control character.
     */
    static String resolve(String given, Set<String> existing) {
        String name = given.startsWith("rules/") ? given.substring("rules/".length()) : given;
        if (name.isEmpty() || name.length() > 200 || name.startsWith("/") || name.contains("\\") || name.contains(":")
                || name.chars().anyMatch(c -> c < 0x20 || c == 0x7f)
                || List.of(name.split("/", -1)).stream().anyMatch(s -> s.isEmpty() || s.equals(".") || s.equals(".."))) {
            throw new DraftRefused(DraftRefused.Kind.MALFORMED, printable(given),
                    "not a file name of the rules folder (no absolute path, no '..', no backslash)");
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".drl") || lower.endsWith(".properties") || lower.endsWith(".java") || lower.endsWith(".class")) {
            throw new DraftRefused(DraftRefused.Kind.NOT_DATA, name, "a draft holds tables and scenarios, not rules or settings"
                    + MACHINERY);
        }
        if (lower.endsWith(".feature")) {
            return scenarioPath(name, existing);
        }
        if (!lower.endsWith(".drl.csv") && !lower.endsWith(".drl.xlsx")) {
            throw new DraftRefused(DraftRefused.Kind.UNSUPPORTED, printable(name), "a draft takes decision tables (*.drl.csv, or "
                    + "*.drl.xlsx for a table of that name), scenario files (*.feature) or a .zip of them");
        }
        String csv = lower.endsWith(".drl.xlsx") ? name.substring(0, name.length() - "xlsx".length()) + "csv" : name;
        String path = existingPath(name, csv, existing);
        if (path == null) {
            throw new DraftRefused(DraftRefused.Kind.NOT_DATA, name, "there is no such table; a draft may change the rows of "
                    + "existing tables, not add tables" + MACHINERY);
        }
        return path;
    }

    /** A scenario file replaces its namesake, or joins an existing folder when named by its path. */
    private static String scenarioPath(String name, Set<String> existing) {
        String path = existingPath(name, name, existing);
        if (path != null) {
            return path;
        }
        int slash = name.lastIndexOf('/');
        if (slash > 0 && existing.stream().anyMatch(p -> p.startsWith(name.substring(0, slash + 1)))) {
            return name;
        }
        throw new DraftRefused(DraftRefused.Kind.NOT_DATA, name, "there is no such scenario file; a new one is named by the "
                + "folder of its programme, e.g. vip/" + name.substring(slash + 1));
    }

    /** The existing file a name stands for: its path, or a file name that only one folder holds; null if none. */
    private static String existingPath(String given, String name, Set<String> existing) {
        if (name.contains("/")) {
            return existing.contains(name) ? name : null;
        }
        List<String> same = existing.stream().filter(p -> p.equals(name) || p.endsWith("/" + name)).sorted().toList();
        if (same.size() > 1) {
            throw new DraftRefused(DraftRefused.Kind.MALFORMED, given, "more than one file has this name (" + String.join(", ", same)
                    + "); name it by its folder, e.g. in a zip that keeps the folders");
        }
        return same.isEmpty() ? null : same.get(0);
    }

    static String printable(String name) {
        String cut = name.length() > 100 ? name.substring(0, 100) + "…" : name;
        return cut.replaceAll("[\\p{Cc}\\p{Cf}]", "?");
    }
}
