package nl.wegwijzer.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import nl.wegwijzer.WegwijzerApplication;
import nl.wegwijzer.access.TestKeys;
import nl.wegwijzer.contract.Contract;
import nl.wegwijzer.contract.Vocabulary;
import nl.wegwijzer.support.TestHttp;

/**
 * Properties of the advice API over HTTP on the running service, for intakes jqwik generates from the
 * contract's own vocabulary (every fact, every value, any of them left out): a valid intake always gets
 * every pathway of the catalogue once, with a status its conditions justify, and the same advice again
 * and on other threads; an invalid one (one or more mistakes put in) always a 400 problem naming each
 * field put wrong, never a 5xx. A failing try prints its seed; rerun with {@code -Djqwik.seeds.whenfixed}
 * or another seed to explore further.
 */
class IntakePropertiesTest {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static ConfigurableApplicationContext service;
    private static TestHttp http;
    private static Vocabulary vocabulary;
    private static List<String> catalogue;
    private static ExecutorService threads;

    @BeforeContainer
    static void start() throws Exception {
        service = new SpringApplicationBuilder(WegwijzerApplication.class).run("--server.port=0");
        http = new TestHttp(Integer.parseInt(service.getEnvironment().getProperty("local.server.port")));
        vocabulary = new Contract().vocabulary();
        catalogue = new ArrayList<>();
        TestHttp.json(http.get("/api/v1/pathways", TestKeys.INTAKE_A)).forEach(p -> catalogue.add(p.path("code").asText()));
        threads = Executors.newFixedThreadPool(4);
    }

    @AfterContainer
    static void stop() {
        threads.shutdownNow();
        service.close();
    }

    @Property(tries = 150)
    void aValidIntakeGetsEveryPathwayOnceWithAStatusItsConditionsJustify(@ForAll Random random) {
        ObjectNode intake = Intakes.valid(random, vocabulary);
        HttpResponse<String> answer = http.postJson("/api/v1/assessment-previews", intake.toString(), TestKeys.INTAKE_A);
        assertThat(answer.statusCode()).as("%s -> %s", intake, answer.body()).isEqualTo(200);
        JsonNode advice = TestHttp.json(answer);
        List<String> codes = new ArrayList<>();
        for (JsonNode pathway : advice.path("pathways")) {
            codes.add(pathway.path("code").asText());
            Set<String> states = new HashSet<>();
            pathway.path("conditions").forEach(c -> states.add(c.path("state").asText()));
            String status = pathway.path("status").asText();
            String why = intake + ": " + pathway.path("code").asText() + " is " + status + " with " + pathway.path("conditions");
            switch (status) {
                case "NOT_ELIGIBLE" -> assertThat(states).as(why).contains("UNMET");
                case "UNDETERMINED" -> {
                    assertThat(states).as(why).contains("UNKNOWN").doesNotContain("UNMET");
                    assertThat(pathway.path("missingFacts")).as(why).isNotEmpty();
                }
                case "RECOMMENDED", "ELIGIBLE" -> {
                    // It fits: nothing unmet, and nothing unknown but its placement (a subgroup or track a fact still decides).
                    assertThat(states).as(why).doesNotContain("UNMET");
                    pathway.path("conditions").forEach(c -> {
                        if (c.path("state").asText().equals("UNKNOWN")) {
                            assertThat(c.path("code").asText()).as(why).isIn("SUBGROUP", "TRACK");
                        }
                    });
                }
                default -> throw new AssertionError("unknown status " + status);
            }
        }
        assertThat(codes).as("every pathway of the catalogue, once, in its order").containsExactlyElementsOf(catalogue);
    }

    @Property(tries = 40)
    void theSameIntakeGetsTheSameAdviceAgainAndOnOtherThreads(@ForAll Random random) throws Exception {
        String intake = Intakes.valid(random, vocabulary).toString();
        JsonNode first = withoutMoment(http.postJson("/api/v1/assessment-previews", intake, TestKeys.INTAKE_A));
        List<Future<JsonNode>> parallel = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            parallel.add(threads.submit(() -> withoutMoment(http.postJson("/api/v1/assessment-previews", intake, TestKeys.INTAKE_A))));
        }
        HttpResponse<String> stored = http.postJson("/api/v1/assessments", intake, TestKeys.INTAKE_A);
        assertThat(stored.statusCode()).isEqualTo(201);
        JsonNode kept = withoutMoment(stored);
        ((ObjectNode) kept).remove("id");
        assertThat(kept).as("stored, it says what the preview said").isEqualTo(first);
        for (Future<JsonNode> again : parallel) {
            assertThat(again.get()).as("on another thread").isEqualTo(first);
        }
    }

    @Property(tries = 150)
    void anInvalidIntakeIsAProblemNamingEveryFieldPutWrong(@ForAll Random random) {
        ObjectNode intake = Intakes.valid(random, vocabulary);
        List<String> wrong = new ArrayList<>();
        Set<String> spoiled = new HashSet<>();
        for (int i = 1 + random.nextInt(3); i > 0; i--) {
            int mistake = random.nextInt(Intakes.MISTAKES.size());
            if (spoiled.add(Intakes.MISTAKES.get(mistake))) { // one mistake per field: a later one would undo an earlier
                wrong.add(Intakes.spoil(intake, mistake, random));
            }
        }
        HttpResponse<String> answer = http.postJson("/api/v1/assessments", intake.toString(), TestKeys.INTAKE_A);
        assertThat(answer.statusCode()).as("%s -> %s", intake, answer.body()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        List<String> named = new ArrayList<>();
        TestHttp.json(answer).path("errors").forEach(e -> named.add(e.path("pointer").asText()));
        assertThat(named).as("%s -> %s", intake, answer.body()).containsAll(wrong);
        assertThat(answer.body()).doesNotContain("Exception", "\tat ", "nl.wegwijzer");
    }

    @Property(tries = 300)
    void noBytesMakeTheServiceFail(@ForAll Random random) {
        String path = List.of("/api/v1/assessments", "/api/v1/assessment-previews", "/api/v1/household-assessments",
                "/api/v1/welcome-group-matches", "/api/v1/assessment-batches").get(random.nextInt(5));
        byte[] body = Fuzz.body(random, Intakes.valid(random, vocabulary).toString().getBytes(StandardCharsets.UTF_8));
        String type = List.of("application/json", "application/json; charset=utf-8", "application/x-ndjson", "text/plain",
                "application/json; charset=latin1").get(random.nextInt(5));
        String key = path.endsWith("batches") ? TestKeys.SYSTEM_A : TestKeys.INTAKE_A;
        HttpResponse<String> answer = http.send("POST", path, type, body, key, Map.of());
        assertThat(answer.statusCode()).as("%s %s (%d bytes) -> %s", path, type, body.length, answer.body()).isLessThan(500);
        if (answer.statusCode() >= 400) {
            assertThat(answer.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        }
        assertThat(answer.body()).doesNotContain("Exception", "\tat ", "nl.wegwijzer.");
    }

    private static JsonNode withoutMoment(HttpResponse<String> answer) {
        ObjectNode advice = (ObjectNode) TestHttp.json(answer);
        advice.remove("createdAt");
        return advice;
    }

    /** Intakes from the contract's vocabulary, and the mistakes one can make in them. */
    static final class Intakes {
        private static final List<String> MUNICIPALITIES = List.of("Den Haag", "'s-Gravenhage", "GM0518", "Apeldoorn", "apeldoorn",
                "GM0200", "Utrecht", "Den Bosch", "Súdwest-Fryslân", "Nergenshuizen");
        private static final List<String> PROGRAMMES = List.of("VARIIS", "REFUGEE_ON_BOARD", "VIP", "SAMEN_HIER", "variis");

        private Intakes() {
        }

        static ObjectNode valid(Random random, Vocabulary vocabulary) {
            ObjectNode intake = NODES.objectNode();
            for (Vocabulary.Fact fact : vocabulary.facts()) {
                if (!fact.required() && random.nextInt(3) == 0) {
                    continue; // not known
                }
                JsonNode value = switch (fact.kind()) {
                    case YES_NO -> NODES.booleanNode(random.nextBoolean());
                    case NUMBER -> NODES.numberNode(number(fact.path(), random));
                    case NUMBERS -> {
                        ArrayNode ages = NODES.arrayNode();
                        for (int i = random.nextInt(5); i > 0; i--) {
                            ages.add(random.nextInt(41));
                        }
                        yield ages;
                    }
                    case TEXTS -> {
                        List<String> pool = fact.values().isEmpty() ? PROGRAMMES : fact.values();
                        ArrayNode items = NODES.arrayNode();
                        pool.stream().filter(v -> random.nextInt(3) == 0).limit(fact.path().equals("priorities") ? 4 : 10)
                                .forEach(items::add);
                        yield items;
                    }
                    case TEXT -> NODES.textNode(!fact.values().isEmpty() ? fact.values().get(random.nextInt(fact.values().size()))
                            : switch (fact.path()) {
                                case "municipality" -> MUNICIPALITIES.get(random.nextInt(MUNICIPALITIES.size()));
                                case "reference" -> "PROP-" + Integer.toHexString(random.nextInt());
                                default -> List.of("wiskunde", "geschiedenis", "Nederlands", "ë ü ß 漢字").get(random.nextInt(4));
                            });
                };
                put(intake, fact.path(), value);
            }
            return intake;
        }

        private static int number(String path, Random random) {
            return switch (path) {
                case "age" -> random.nextInt(131);
                case "work.hoursAvailablePerWeek" -> random.nextInt(169);
                default -> random.nextInt(81);
            };
        }

        /** The field each mistake below spoils (by its number). */
        static final List<String> MISTAKES = List.of("age", "languageLevel", "municipality", "reference", "name", "municipality",
                "education", "work", "benefits", "household", "vulnerabilities", "education", "inburgering", "work");

        /** Puts mistake number {@code mistake} in the intake and says where (a JSON pointer). */
        static String spoil(ObjectNode intake, int mistake, Random random) {
            return switch (mistake) {
                case 0 -> set(intake, "age", List.of(NODES.numberNode(-1), NODES.numberNode(131), NODES.textNode("veertig"),
                        NODES.numberNode(3.5), NODES.nullNode()).get(random.nextInt(5)), "/age");
                case 1 -> set(intake, "languageLevel", NODES.textNode(List.of("Z9", "b1", "", "B1 ").get(random.nextInt(4))), "/languageLevel");
                case 2 -> {
                    intake.remove("municipality");
                    yield "/municipality";
                }
                case 3 -> set(intake, "reference", NODES.textNode("123456789"), "/reference");
                case 4 -> set(intake, List.of("name", "naam", "bsn", "burgerservicenummer").get(random.nextInt(4)),
                        NODES.textNode("Jan"), null);
                case 5 -> set(intake, "municipality", NODES.textNode(random.nextBoolean() ? "" : "x".repeat(101)), "/municipality");
                case 6 -> nested(intake, "education", "level", NODES.textNode("PHD"));
                case 7 -> nested(intake, "work", "hoursAvailablePerWeek", NODES.numberNode(169));
                case 8 -> nested(intake, "benefits", "jobApplicationObligation", NODES.textNode("ja"));
                case 9 -> {
                    ObjectNode household = intake.has("household") ? (ObjectNode) intake.get("household") : intake.putObject("household");
                    household.putArray("childrenAges").add(41);
                    yield "/household/childrenAges/0";
                }
                case 10 -> {
                    intake.putArray("vulnerabilities").add("HOMESICK");
                    yield "/vulnerabilities/0";
                }
                case 11 -> set(intake, "education", NODES.arrayNode().add("MASTER"), "/education");
                case 12 -> nested(intake, "inburgering", "route", NODES.textNode("A1"));
                default -> nested(intake, "work", "salaris", NODES.numberNode(2000));
            };
        }

        private static String set(ObjectNode intake, String field, JsonNode value, String pointer) {
            intake.set(field, value);
            return pointer == null ? "/" + field : pointer;
        }

        private static String nested(ObjectNode intake, String object, String field, JsonNode value) {
            JsonNode existing = intake.get(object);
            ObjectNode parent = existing instanceof ObjectNode o ? o : intake.putObject(object);
            parent.set(field, value);
            return "/" + object + "/" + field;
        }

        private static void put(ObjectNode intake, String path, JsonNode value) {
            String[] parts = path.split("\\.");
            ObjectNode parent = intake;
            for (int i = 0; i < parts.length - 1; i++) {
                parent = parent.has(parts[i]) ? (ObjectNode) parent.get(parts[i]) : parent.putObject(parts[i]);
            }
            parent.set(parts[parts.length - 1], value);
        }
    }

    /** Bytes a hostile or broken client might send: a valid body damaged, or something else entirely. */
    static final class Fuzz {
        private Fuzz() {
        }

        static byte[] body(Random random, byte[] valid) {
            return switch (random.nextInt(8)) {
                case 0 -> flip(valid, random);
                case 1 -> java.util.Arrays.copyOf(valid, random.nextInt(valid.length));
                case 2 -> insert(valid, random);
                case 3 -> nested(random.nextInt(2) == 0 ? '[' : '{', 1 + random.nextInt(20_000));
                case 4 -> {
                    byte[] noise = new byte[random.nextInt(4096)];
                    random.nextBytes(noise);
                    yield noise;
                }
                case 5 -> ("{\"municipality\":\"Den Haag\",\"age\":" + List.of("1e999999", "-0", "99999999999999999999", "NaN",
                        "0x10", "34.0000000000000000001").get(random.nextInt(6)) + ",\"languageLevel\":\"A2\"}")
                        .getBytes(StandardCharsets.UTF_8);
                case 6 -> ("{\"municipality\":\"" + "\\u0000\\ud800".repeat(random.nextInt(50)) + "\",\"age\":30,\"languageLevel\":\"A2\","
                        + "\"age\":31}").getBytes(StandardCharsets.UTF_8);
                default -> {
                    byte[] copy = valid.clone();
                    for (int i = random.nextInt(8); i >= 0; i--) {
                        copy[random.nextInt(copy.length)] = (byte) (0x80 + random.nextInt(0x80)); // invalid UTF-8
                    }
                    yield copy;
                }
            };
        }

        private static byte[] flip(byte[] valid, Random random) {
            byte[] copy = valid.clone();
            for (int i = 1 + random.nextInt(4); i > 0; i--) {
                copy[random.nextInt(copy.length)] ^= (byte) (1 << random.nextInt(8));
            }
            return copy;
        }

        private static byte[] insert(byte[] valid, Random random) {
            String text = new String(valid, StandardCharsets.UTF_8);
            int at = random.nextInt(text.length());
            String junk = List.of("{", "}", "[", "]", ",", ":", "\"", "\\", "null", "true", "\"x\":", "/*", "\u0000")
                    .get(random.nextInt(13));
            return (text.substring(0, at) + junk + text.substring(at)).getBytes(StandardCharsets.UTF_8);
        }

        private static byte[] nested(char open, int depth) {
            StringBuilder text = new StringBuilder(depth * 6);
            for (int i = 0; i < depth; i++) {
                text.append(open == '[' ? "[" : "{\"a\":");
            }
            return text.toString().getBytes(StandardCharsets.UTF_8);
        }
    }
}
