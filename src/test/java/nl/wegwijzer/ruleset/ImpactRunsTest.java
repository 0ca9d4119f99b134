package nl.wegwijzer.ruleset;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import nl.wegwijzer.access.TestKeys;
import nl.wegwijzer.support.TestHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A draft's impact in the background over real HTTP: started with 202 and a Location, read while it
 * works and when done (every stored assessment counted), readable by auditors but not by intake
 * officers; a run of another draft, an unknown run and odd ids are refused; a run whose instance went
 * away reads as abandoned. Runs on H2 and on PostgreSQL: progress is written beside a read-only
 * transaction that streams the intakes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ImpactRunsTest {
    private static final String TABLE = "de-nieuwe-docent/taalniveau.drl.csv";
    private static final String ADVICE = """
            {"municipality": "Utrecht", "age": 35, "languageLevel": "B1", "education": {"level": "MASTER", "field": "TEACHING"}}""";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient sql;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Impact impact;
    @Autowired
    Drafts drafts;
    @Autowired
    ObjectMapper json;
    @Autowired
    PlatformTransactionManager transactions;

    TestHttp http;
    String draft;

    @BeforeEach
    void draft() throws Exception {
        http = new TestHttp(port);
        for (int i = 0; i < 3; i++) {
            assertThat(http.postJson("/api/v1/assessments", ADVICE, TestKeys.INTAKE_A).statusCode()).isEqualTo(201);
        }
        HttpResponse<String> created = http.draft(Map.of(TABLE, Files.readAllBytes(Path.of("rules", TABLE))), "impact runs", TestKeys.POLICY);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        draft = "/api/v1/rulesets/drafts/" + TestHttp.json(created).path("id").asText();
    }

    @Test
    void aRunIsStartedAtOnceAndReadUntilDoneWithEveryStoredAssessment() throws Exception {
        HttpResponse<String> started = http.send("POST", draft + "/impact-runs?samples=2", null, null, TestKeys.POLICY, Map.of());
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        String run = started.headers().firstValue("Location").orElseThrow();
        JsonNode body = TestHttp.json(started);
        assertThat(run).isEqualTo(draft + "/impact-runs/" + body.path("id").asText());
        assertThat(body.path("draftId").asText()).isEqualTo(draft.substring(draft.lastIndexOf('/') + 1));
        assertThat(body.path("total").asInt()).isGreaterThanOrEqualTo(3);

        JsonNode read = waitUntilDone(run);
        int stored = sql.sql("SELECT COUNT(*) FROM assessment").query(Integer.class).single();
        assertThat(read.path("status").asText()).isEqualTo("DONE");
        assertThat(read.path("processed").asInt()).isEqualTo(read.path("total").asInt()).isEqualTo(stored);
        assertThat(read.path("report").path("assessments").asInt()).isEqualTo(stored);
        // The draft is the deployed table unchanged: nothing changes, and the scenarios all pass under it.
        assertThat(read.path("report").path("changed").asInt()).isZero();
        assertThat(read.path("report").path("scenarios").path("failed").asInt()).isZero();

        HttpResponse<String> auditor = http.get(run, TestKeys.AUDITOR);
        assertThat(auditor.statusCode()).as(auditor.body()).isEqualTo(200);
        assertThat(http.get(run, TestKeys.INTAKE_A).statusCode()).isEqualTo(403);
        assertThat(http.send("POST", draft + "/impact-runs", null, null, TestKeys.INTAKE_A, Map.of()).statusCode()).isEqualTo(403);
        assertThat(http.send("POST", draft + "/impact-runs", null, null, TestKeys.AUDITOR, Map.of()).statusCode()).isEqualTo(403);
    }

    @Test
    void progressIsReadableWhileTheRunWorks() throws Exception {
        // Enough stored assessments for the run to take a while.
        withCopies(6000, this::readProgressUntilDone);
    }

    @Test
    void aRunWaitingBehindAnotherIsNotTakenForAbandoned() throws Exception {
        HttpResponse<String> second = http.draft(Map.of(TABLE, Files.readAllBytes(Path.of("rules", TABLE))), "impact runs, second", TestKeys.POLICY);
        UUID firstDraft = UUID.fromString(draft.substring(draft.lastIndexOf('/') + 1));
        UUID secondDraft = UUID.fromString(TestHttp.json(second).path("id").asText());
        // One worker, as in the service, and a run that reads as abandoned after 5 s without a sign of life
        // (a heartbeat each 1.25 s). With 1 s, a pause of the machine or the database of a second failed
        // this in CI (the working run read as abandoned 6.6 s in, on PostgreSQL): the margin is for them.
        Duration abandonedAfter = Duration.ofSeconds(5);
        double mustWait = 2 * abandonedAfter.toMillis() / 1000.0;
        ExecutorService worker = Executors.newSingleThreadExecutor();
        ImpactRuns runs = new ImpactRuns(impact, worker, sql, json, Clock.systemUTC(), transactions, abandonedAfter);
        // The worker is busy with earlier work until the runs have waited twice the abandonment time,
        // then the first run works through its copies while the second waits behind it.
        CountDownLatch earlierWorkDone = new CountDownLatch(1);
        worker.submit(() -> earlierWorkDone.await(2, java.util.concurrent.TimeUnit.MINUTES));
        try {
            withCopies(3000, () -> {
                ImpactRuns.Run first = runs.start(firstDraft, drafts.compile(drafts.find(firstDraft).orElseThrow()), 0, "beleid");
                ImpactRuns.Run waiting = runs.start(secondDraft, drafts.compile(drafts.find(secondDraft).orElseThrow()), 0, "beleid");
                long begin = System.nanoTime();
                long deadline = begin + 120_000_000_000L;
                double waitedSeconds = 0;
                boolean firstWorked = false;
                ImpactRuns.State secondState;
                do {
                    // Waiting, deciding, or running its scenarios (no progress told then): alive all the time.
                    double at = (System.nanoTime() - begin) / 1e9;
                    if (at > mustWait) {
                        earlierWorkDone.countDown();
                    }
                    ImpactRuns.Run one = runs.find(firstDraft, first.id()).orElseThrow();
                    ImpactRuns.Run two = runs.find(secondDraft, waiting.id()).orElseThrow();
                    assertThat(one.state()).as(() -> String.format("the first run, %.1f s after it was started, its last sign of life %s", at, lastSign(one.id())))
                            .isIn(ImpactRuns.State.RUNNING, ImpactRuns.State.DONE);
                    assertThat(two.state()).as(() -> String.format("the second run, %.1f s after it was started, its last sign of life %s", at, lastSign(two.id())))
                            .isIn(ImpactRuns.State.RUNNING, ImpactRuns.State.DONE);
                    firstWorked |= (one.processed() > 0 || one.state() == ImpactRuns.State.DONE) && two.state() == ImpactRuns.State.RUNNING;
                    if (two.processed() == 0) {
                        waitedSeconds = at;
                    }
                    secondState = two.state();
                    Thread.sleep(100);
                } while (secondState != ImpactRuns.State.DONE && System.nanoTime() < deadline);
                assertThat(waitedSeconds).as("the second run waited twice as long as a run may go without a sign of life").isGreaterThan(mustWait);
                assertThat(firstWorked).as("the first run was seen working or done while the second was not").isTrue();
                assertThat(secondState).isEqualTo(ImpactRuns.State.DONE);
            });
        } finally {
            earlierWorkDone.countDown();
            runs.close();
            worker.shutdownNow();
            // Runs cut short here would count as working for the next test's bound of three.
            sql.sql("DELETE FROM impact_run WHERE draft_id IN (?, ?)").param(firstDraft).param(secondDraft).update();
        }
    }

    /** How long ago this run's row was last written, for a failure's message (read only when one fails). */
    private String lastSign(UUID run) {
        Timestamp updated = sql.sql("SELECT updated_at FROM impact_run WHERE id = ?").param(run).query(Timestamp.class).single();
        return String.format("%.1f s before", Duration.between(updated.toInstant(), Instant.now()).toMillis() / 1000.0);
    }

    @Test
    void closedRunsStopTheirHeartbeatAndTakeNoMoreRuns() throws Exception {
        ExecutorService worker = Executors.newSingleThreadExecutor();
        long before = heartbeats();
        ImpactRuns runs = new ImpactRuns(impact, worker, sql, json, Clock.systemUTC(), transactions, Duration.ofSeconds(1));
        assertThat(heartbeats()).as("the heartbeat's thread, started with the runs").isEqualTo(before + 1);
        runs.close();
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (heartbeats() > before && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        // Every closed Spring context used to leave its heartbeat beating against a closed database.
        assertThat(heartbeats()).as("heartbeat threads once the runs are closed").isEqualTo(before);
        assertThat(worker.isShutdown()).as("the runs' worker takes no more runs").isTrue();
    }

    private static long heartbeats() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.isAlive() && t.getName().equals("impact-heartbeat")).count();
    }

    @Test
    void anImpactWaitedForIsRefusedOverAStoreTooLargeToWaitForWithTheWayOut() throws Exception {
        int stored = impact.assessments();
        // One more than the service answers while the caller waits (10,000 by default): an impact run instead.
        withCopies(Math.max(0, 10_001 - stored), () -> {
            HttpResponse<String> refused = http.send("POST", draft + "/impact", null, null, TestKeys.POLICY, Map.of());
            assertProblem(refused, 409, null);
            assertThat(TestHttp.json(refused).path("detail").asText()).contains("more than the 10000").contains("impact-runs");
        });
        HttpResponse<String> answered = http.send("POST", draft + "/impact", null, null, TestKeys.POLICY, Map.of());
        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
        assertThat(TestHttp.json(answered).path("assessments").asInt()).isEqualTo(stored);
    }

    @Test
    void oneImpactWaitedForAtATimeTheOtherIsToldToComeBack() throws Exception {
        // Two waited impacts at the same moment over a few thousand advices (seconds each): one is
        // worked out, the other refused at once instead of taking the second core too.
        withCopies(6000, () -> {
            ExecutorService callers = Executors.newFixedThreadPool(2);
            try {
                List<java.util.concurrent.Future<HttpResponse<String>>> answers = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    answers.add(callers.submit(() -> http.send("POST", draft + "/impact", null, null, TestKeys.POLICY, Map.of())));
                }
                List<Integer> statuses = new ArrayList<>();
                String refusal = null;
                for (var answer : answers) {
                    HttpResponse<String> read = answer.get(5, java.util.concurrent.TimeUnit.MINUTES);
                    statuses.add(read.statusCode());
                    if (read.statusCode() == 409) {
                        assertProblem(read, 409, null);
                        refusal = TestHttp.json(read).path("detail").asText();
                    }
                }
                assertThat(statuses).containsExactlyInAnyOrder(200, 409);
                assertThat(refusal).contains("Another impact is being worked out").contains("impact-runs");
            } finally {
                callers.shutdownNow();
            }
        });
        // Once it is done, the next is answered.
        assertThat(http.send("POST", draft + "/impact", null, null, TestKeys.POLICY, Map.of()).statusCode()).isEqualTo(200);
    }

    /** Runs the check with this many copies of a stored assessment (ids of their own) added, and removes them again. */
    private void withCopies(int count, Check check) throws Exception {
        Map<String, Object> one = sql.sql("SELECT * FROM assessment").query().listOfRows().get(0);
        List<String> columns = new ArrayList<>(one.keySet());
        String insert = "INSERT INTO assessment (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
        int idColumn = columns.indexOf(columns.stream().filter(c -> c.equalsIgnoreCase("id")).findFirst().orElseThrow());
        List<Object[]> copies = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            copies.add(columns.stream().map(c -> c.equalsIgnoreCase("id") ? UUID.randomUUID() : one.get(c)).toArray());
        }
        jdbc.batchUpdate(insert, copies);
        try {
            check.run();
        } finally {
            // The database is shared by the tests of this run: the copies go again.
            jdbc.batchUpdate("DELETE FROM assessment WHERE id = ?", copies.stream().map(c -> new Object[] {c[idColumn]}).toList());
        }
    }

    private interface Check {
        void run() throws Exception;
    }

    private void readProgressUntilDone() throws Exception {

        HttpResponse<String> started = http.send("POST", draft + "/impact-runs", null, null, TestKeys.POLICY, Map.of());
        String run = started.headers().firstValue("Location").orElseThrow();
        List<Integer> seen = new ArrayList<>();
        JsonNode read;
        long deadline = System.nanoTime() + 120_000_000_000L;
        do {
            read = TestHttp.json(http.get(run, TestKeys.POLICY));
            if ("RUNNING".equals(read.path("status").asText())) {
                seen.add(read.path("processed").asInt());
            }
            Thread.sleep(20);
        } while ("RUNNING".equals(read.path("status").asText()) && System.nanoTime() < deadline);
        assertThat(read.path("status").asText()).as(read.toString()).isEqualTo("DONE");
        int total = read.path("total").asInt();
        assertThat(total).isGreaterThanOrEqualTo(6000);
        assertThat(seen).as("progress read while running").anySatisfy(p -> assertThat(p).isPositive().isLessThan(total));
        assertThat(seen).as("progress only goes forward").isSortedAccordingTo(Integer::compare);
    }

    @Test
    void anotherDraftsRunAnUnknownRunAndOddIdsAreRefusedByName() {
        HttpResponse<String> started = http.send("POST", draft + "/impact-runs", null, null, TestKeys.POLICY, Map.of());
        String runId = TestHttp.json(started).path("id").asText();
        assertProblem(http.get("/api/v1/rulesets/drafts/" + UUID.randomUUID() + "/impact-runs/" + runId, TestKeys.POLICY), 404, null);
        assertProblem(http.get(draft + "/impact-runs/" + UUID.randomUUID(), TestKeys.POLICY), 404, null);
        assertProblem(http.send("POST", "/api/v1/rulesets/drafts/" + UUID.randomUUID() + "/impact-runs", null, null, TestKeys.POLICY, Map.of()),
                404, null);
        assertProblem(http.get(draft + "/impact-runs/not-a-run", TestKeys.POLICY), 400, "runId");
        assertProblem(http.send("POST", draft + "/impact-runs?samples=51", null, null, TestKeys.POLICY, Map.of()), 400, "samples");
        assertProblem(http.send("POST", draft + "/impact-runs?samples=veel", null, null, TestKeys.POLICY, Map.of()), 400, "samples");
    }

    @Test
    void aDraftHasOneRunAtATimeAndNoMoreThanThreeRunAtOnce() {
        String draftId = draft.substring(draft.lastIndexOf('/') + 1);
        // Three runs of other drafts, working (as far as their rows say).
        List<UUID> others = new ArrayList<>();
        for (int i = 0; i < ImpactRuns.MAX_RUNNING; i++) {
            UUID id = UUID.randomUUID();
            others.add(id);
            sql.sql("INSERT INTO impact_run (id, draft_id, client_id, samples, state, total, processed, started_at, updated_at) "
                            + "VALUES (?, ?, 'elders', 5, 'RUNNING', 1000, 10, ?, ?)")
                    .param(id).param(UUID.randomUUID()).param(Timestamp.from(Instant.now())).param(Timestamp.from(Instant.now())).update();
        }
        try {
            HttpResponse<String> refused = http.send("POST", draft + "/impact-runs", null, null, TestKeys.POLICY, Map.of());
            assertProblem(refused, 409, null);
            assertThat(TestHttp.json(refused).path("detail").asText()).contains("3 impact runs");
        } finally {
            others.forEach(id -> sql.sql("DELETE FROM impact_run WHERE id = ?").param(id).update());
        }
        // A run of this draft that is working is answered again, not started twice.
        UUID working = UUID.randomUUID();
        sql.sql("INSERT INTO impact_run (id, draft_id, client_id, samples, state, total, processed, started_at, updated_at) "
                        + "VALUES (?, ?, 'beleid', 5, 'RUNNING', 1000, 10, ?, ?)")
                .param(working).param(UUID.fromString(draftId)).param(Timestamp.from(Instant.now())).param(Timestamp.from(Instant.now())).update();
        try {
            HttpResponse<String> again = http.send("POST", draft + "/impact-runs", null, null, TestKeys.POLICY, Map.of());
            assertThat(again.statusCode()).as(again.body()).isEqualTo(202);
            assertThat(TestHttp.json(again).path("id").asText()).isEqualTo(working.toString());
        } finally {
            sql.sql("DELETE FROM impact_run WHERE id = ?").param(working).update();
        }
    }

    @Test
    void aRunThatStoppedMakingProgressReadsAsAbandoned() {
        UUID id = UUID.randomUUID();
        String draftId = draft.substring(draft.lastIndexOf('/') + 1);
        Instant then = Instant.now().minus(ImpactRuns.ABANDONED_AFTER).minus(1, ChronoUnit.MINUTES);
        sql.sql("INSERT INTO impact_run (id, draft_id, client_id, samples, state, total, processed, started_at, updated_at) "
                        + "VALUES (?, ?, 'elders', 5, 'RUNNING', 1000, 400, ?, ?)")
                .param(id).param(UUID.fromString(draftId)).param(Timestamp.from(then)).param(Timestamp.from(then)).update();
        HttpResponse<String> read = http.get(draft + "/impact-runs/" + id, TestKeys.POLICY);
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        assertThat(TestHttp.json(read).path("status").asText()).isEqualTo("ABANDONED");
        assertThat(TestHttp.json(read).path("processed").asInt()).isEqualTo(400);
        assertThat(TestHttp.json(read).has("report")).isFalse();
    }

    private JsonNode waitUntilDone(String run) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        JsonNode read;
        do {
            HttpResponse<String> answer = http.get(run, TestKeys.POLICY);
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            read = TestHttp.json(answer);
            Thread.sleep(50);
        } while ("RUNNING".equals(read.path("status").asText()) && System.nanoTime() < deadline);
        return read;
    }

    private static void assertProblem(HttpResponse<String> answer, int status, String field) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        if (field != null) {
            assertThat(answer.body()).contains(field);
        }
    }
}
