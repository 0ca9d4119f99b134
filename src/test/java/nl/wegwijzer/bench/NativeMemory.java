package nl.wegwijzer.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The JVM's own account of its memory (Native Memory Tracking, {@code jcmd <pid> VM.native_memory summary}) as a table. */
final class NativeMemory {
    private static final Pattern AREA = Pattern.compile("^-\\s+(.+?) \\(reserved=(\\d+)KB, committed=(\\d+)KB\\)", Pattern.MULTILINE);
    private static final Pattern TOTAL = Pattern.compile("Total: reserved=(\\d+)KB, committed=(\\d+)KB");

    private NativeMemory() {
    }

    /** Areas by memory committed, largest first; the small ones together. */
    static String table(String summary) {
        record Area(String name, long committedKb) {
        }
        List<Area> areas = new ArrayList<>();
        Matcher m = AREA.matcher(summary);
        while (m.find()) {
            areas.add(new Area(m.group(1).strip(), Long.parseLong(m.group(3))));
        }
        areas.sort((a, b) -> Long.compare(b.committedKb(), a.committedKb()));
        StringBuilder out = new StringBuilder("| area | committed MB |\n|---|---:|\n");
        long rest = 0;
        for (int i = 0; i < areas.size(); i++) {
            if (i < 9) {
                out.append(String.format(Locale.ROOT, "| %s | %.0f |%n", areas.get(i).name(), areas.get(i).committedKb() / 1024.0));
            } else {
                rest += areas.get(i).committedKb();
            }
        }
        out.append(String.format(Locale.ROOT, "| the other %d areas | %.0f |%n", Math.max(0, areas.size() - 9), rest / 1024.0));
        Matcher total = TOTAL.matcher(summary);
        if (total.find()) {
            out.append(String.format(Locale.ROOT, "| **total committed** | **%.0f** |%n", Long.parseLong(total.group(2)) / 1024.0));
        }
        return out.toString();
    }
}
