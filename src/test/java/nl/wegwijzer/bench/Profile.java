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
    /** JVM option for a profiled process: whole stacks (JFR keeps 64 frames unless told otherwise). */
    static final String STACK_DEPTH = "-XX:FlightRecorderOptions:stackdepth=512";

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
        PARTS.put("nl.wegwijzer.rules.RuleEngine", "the engine as a whole (RuleEngine)");
        PARTS.put("nl.wegwijzer.api.ContractValidation", "checking the body against the contract (ContractValidation)");
        PARTS.put("com.networknt.", "JSON Schema validation (networknt)");
        PARTS.put("nl.wegwijzer.contract.", "mapping to and from the contract (contract)");
        PARTS.put("nl.wegwijzer.audit.", "the audit (audit)");
        PARTS.put("com.fasterxml.jackson.", "JSON reading and writing (Jackson)");
        PARTS.put("org.springframework.security.", "Spring Security");
        PARTS.put("nl.wegwijzer.access.", "keys, callers and rate limits (access)");
        PARTS.put("org.h2.", "H2");
        PARTS.put("org.postgresql.", "PostgreSQL driver");
        PARTS.put("com.zaxxer.hikari.", "connection pool (Hikari)");
        PARTS.put("org.springframework.jdbc.", "Spring JDBC");
        PARTS.put("org.apache.coyote.", "Tomcat (connector)");
        PARTS.put("org.apache.catalina.", "Tomcat (servlet container)");
        PARTS.put("org.apache.tomcat.", "Tomcat (buffers, utilities)");
        PARTS.put("org.springframework.web.", "Spring MVC");
        PARTS.put("org.springframework.http.", "Spring MVC");
        PARTS.put("kotlinx.", "kotlinx-serialization (test classpath only)");
        PARTS.put("ch.qos.logback.", "logging (Logback)");
        PARTS.put("java.util.zip.", "compression (java.util.zip)");
        PARTS.put("nl.wegwijzer.rules.", "the rest of the engine adapter (sessions, queries)");
        PARTS.put("nl.wegwijzer.advice.", "advice model (advice)");
        PARTS.put("nl.wegwijzer.api.", "controllers and filters (api)");
        PARTS.put("nl.wegwijzer.web.", "headers and problems (web)");
        PARTS.put("io.micrometer.", "metrics (Micrometer)");
    }

    private Profile() {
    }

    private static final String OTHER = "other";

    /** The part of the frame nearest the top of the stack that belongs to one. */
    private static String nearestPart(List<RecordedFrame> frames) {
        for (RecordedFrame frame : frames) {
            String type = frame.getMethod().getType().getName();
            for (Map.Entry<String, String> part : PARTS.entrySet()) {
                if (type.startsWith(part.getKey())) {
                    return part.getValue();
                }
            }
        }
        return OTHER;
    }

    static String summary(Path recording) throws Exception {
        List<RecordedEvent> samples = RecordingFile.readAllEvents(recording).stream()
                .filter(e -> e.getEventType().getName().equals("jdk.ExecutionSample") && e.getStackTrace() != null).toList();
        Map<String, Integer> parts = new LinkedHashMap<>();
        Map<String, Integer> own = new LinkedHashMap<>();
        Map<String, Integer> top = new TreeMap<>();
        for (RecordedEvent sample : samples) {
            List<RecordedFrame> frames = sample.getStackTrace().getFrames();
            if (frames.isEmpty()) {
                continue;
            }
            RecordedFrame first = frames.get(0);
            top.merge(first.getMethod().getType().getName() + "." + first.getMethod().getName(), 1, Integer::sum);
            own.merge(nearestPart(frames), 1, Integer::sum);
            PARTS.forEach((prefix, part) -> {
                if (frames.stream().anyMatch(f -> f.getMethod().getType().getName().startsWith(prefix))) {
                    parts.merge(part, 1, Integer::sum);
                }
            });
        }
        int total = Math.max(1, samples.size());
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%,d samples. *Through*: the share of samples whose stack passes through the part (a sample"
                        + " counts for every part on its stack, so filters that wrap a request count for all of it). *Own*: the share"
                        + " charged to the part nearest the top of the stack (library and JDK code below it counts for it).%n%n"
                        + "| part of the code | through | own |%n|---|---:|---:|%n",
                samples.size()));
        parts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> out.append(String.format(Locale.ROOT, "| %s | %.0f%% | %.0f%% |%n", e.getKey(), 100.0 * e.getValue() / total,
                        100.0 * own.getOrDefault(e.getKey(), 0) / total)));
        int other = own.getOrDefault(OTHER, 0);
        if (other > 0) {
            out.append(String.format(Locale.ROOT, "| anything else (JDK, Spring MVC, the load generator's threads) | | %.0f%% |%n", 100.0 * other / total));
        }
        out.append("\n| method on top of the stack (self time) | share |\n|---|---:|\n");
        top.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(12)
                .forEach(e -> out.append(String.format(Locale.ROOT, "| `%s` | %.1f%% |%n", e.getKey(), 100.0 * e.getValue() / total)));
        return out.toString();
    }

}
