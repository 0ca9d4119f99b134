package nl.wegwijzer.bench;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/** Reads a JFR recording's execution samples: the share per part of the code, and the methods most often on top. */
final class Profile {
    /** Parts by package prefix, in the order a stack is checked. */
    private static final Map<String, String> PARTS = new LinkedHashMap<>();

    static {
        PARTS.put("org.mvel2.", "MVEL (interpreted constraints and actions)");
        PARTS.put("org.drools.", "Drools (network, agenda, sessions)");
        PARTS.put("org.kie.", "KIE API");
        PARTS.put("nl.wegwijzer.rules.DecisionAssembler", "assembling the decision (DecisionAssembler)");
        PARTS.put("nl.wegwijzer.rules.Placeholders", "filling texts (Placeholders)");
        PARTS.put("nl.wegwijzer.advice.Summary", "the summary (Summary)");
        PARTS.put("nl.wegwijzer.rules.facts.", "rule facts (nl.wegwijzer.rules.facts)");
        PARTS.put("java.util.regex.", "regular expressions");
    }

    private Profile() {
    }

    static String summary(Path recording) throws Exception {
        List<RecordedEvent> samples = RecordingFile.readAllEvents(recording).stream()
                .filter(e -> e.getEventType().getName().equals("jdk.ExecutionSample") && e.getStackTrace() != null).toList();
        Map<String, Integer> parts = new LinkedHashMap<>();
        Map<String, Integer> top = new TreeMap<>();
        for (RecordedEvent sample : samples) {
            List<RecordedFrame> frames = sample.getStackTrace().getFrames();
            if (frames.isEmpty()) {
                continue;
            }
            RecordedFrame first = frames.get(0);
            top.merge(first.getMethod().getType().getName() + "." + first.getMethod().getName(), 1, Integer::sum);
            PARTS.forEach((prefix, part) -> {
                if (frames.stream().anyMatch(f -> f.getMethod().getType().getName().startsWith(prefix))) {
                    parts.merge(part, 1, Integer::sum);
                }
            });
        }
        int total = Math.max(1, samples.size());
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%,d samples.%n%n| part of the code | share of samples |%n|---|---:|%n",
                samples.size()));
        parts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> out.append(String.format(Locale.ROOT, "| %s | %.0f%% |%n", e.getKey(), 100.0 * e.getValue() / total)));
        out.append("\n| method on top of the stack (self time) | share |\n|---|---:|\n");
        top.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(12)
                .forEach(e -> out.append(String.format(Locale.ROOT, "| `%s` | %.1f%% |%n", e.getKey(), 100.0 * e.getValue() / total)));
        return out.toString();
    }

}
