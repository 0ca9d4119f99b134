package nl.wegwijzer.ruleset;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How the files of one version differ from the version before: files added or removed, and per
 * changed text file the lines (table rows) removed and added, by a longest-common-subsequence diff,
 * so a row inserted in a table shows as one added row, not as every row after it changed.
 */
public final class FileDiff {
    public enum Change { ADDED, REMOVED, CHANGED }

    public record Line(String kind, Integer rowBefore, Integer rowAfter, String text) {
    }

    public record FileChange(String file, Change change, List<Line> lines) {
    }

    private FileDiff() {
    }

    public static List<FileChange> between(Map<String, byte[]> before, Map<String, byte[]> after) {
        Set<String> names = new LinkedHashSet<>(before.keySet());
        names.addAll(after.keySet());
        List<FileChange> changes = new ArrayList<>();
        for (String name : names) {
            byte[] was = before.get(name);
            byte[] is = after.get(name);
            if (was == null) {
                changes.add(new FileChange(name, Change.ADDED, List.of()));
            } else if (is == null) {
                changes.add(new FileChange(name, Change.REMOVED, List.of()));
            } else if (!java.util.Arrays.equals(was, is)) {
                boolean text = !name.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx");
                changes.add(new FileChange(name, Change.CHANGED, text ? lines(lines(was), lines(is)) : List.of()));
            }
        }
        return changes;
    }

    private static String[] lines(byte[] content) {
        return new String(content, StandardCharsets.UTF_8).split("\r?\n", -1);
    }

    static List<Line> lines(String[] a, String[] b) {
        int[][] common = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                common[i][j] = a[i].equals(b[j]) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<Line> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) {
                i++;
                j++;
            } else if (i < a.length && (j == b.length || common[i + 1][j] >= common[i][j + 1])) {
                out.add(new Line("REMOVED", i + 1, null, a[i]));
                i++;
            } else {
                out.add(new Line("ADDED", null, j + 1, b[j]));
                j++;
            }
        }
        return out;
    }
}
