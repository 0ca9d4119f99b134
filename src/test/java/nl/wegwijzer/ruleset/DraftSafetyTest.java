package nl.wegwijzer.ruleset;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.fasterxml.jackson.databind.JsonNode;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.wegwijzer.access.TestKeys;
import nl.wegwijzer.support.TestHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A hostile policy key, over real HTTP: every way a DRL file, a template or a cell could carry code is
 * refused before anything compiles; zip bombs and odd files are refused within their limits while the
 * service keeps answering; a draft that got into the database some other way is never compiled.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DraftSafetyTest {
    private static final String CANARY = "wegwijzer.hostile";
    private static final String TABLE = "de-nieuwe-docent/taalniveau.drl.csv";
    private static final String ADVICE = """
            {"municipality": "Utrecht", "age": 35, "languageLevel": "B1", "education": {"level": "MASTER", "field": "TEACHING"}}""";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient sql;
    @Autowired
    Versions versions;

    TestHttp http;
    String deployed;

    @BeforeEach
    void open() throws IOException {
        http = new TestHttp(port);
        deployed = Files.readString(Path.of("rules", TABLE));
        System.clearProperty(CANARY);
    }

    @AfterEach
    void nothingRan() {
        assertThat(System.getProperty(CANARY)).as("code from a draft ran").isNull();
        HttpResponse<String> advice = http.postJson("/api/v1/assessments", ADVICE, TestKeys.INTAKE_A);
        assertThat(advice.statusCode()).as("the service still gives advice: %s", advice.body()).isEqualTo(201);
    }

    @Test
    void drlRulesSettingsAndNewTablesAreRefused() {
        String rule = "package x\nrule \"x\" when then System.setProperty(\"" + CANARY + "\", \"ran\"); end\n";
        assertRefused(draft(Map.of("advies/advies.drl", rule.getBytes(StandardCharsets.UTF_8))), 422,
                "advies/advies.drl: a draft holds tables");
        assertRefused(draft(Map.of("extra.drl", rule.getBytes(StandardCharsets.UTF_8))), 422, "extra.drl: a draft holds tables");
        assertRefused(draft(Map.of("ruleset.properties", "version=9".getBytes(StandardCharsets.UTF_8))), 422,
                "ruleset.properties: a draft holds tables");
        assertRefused(draft(Map.of("new-table.drl.csv", deployed.getBytes(StandardCharsets.UTF_8))), 422,
                "new-table.drl.csv: there is no such table");
        assertRefused(draft(Map.of("notes.txt", "x".getBytes(StandardCharsets.UTF_8))), 415, "notes.txt");
    }

    @Test
    void aScenarioFileIsDataThatTheFixedStepsRead() throws IOException {
        String hostile = "# language: nl\n@regels\nFunctionaliteit: Iets\n  Scenario: Code in een stap\n"
                + "    Gegeven System.setProperty(\"" + CANARY + "\", \"ran\")\n";
        HttpResponse<String> added = draft(Map.of("vip/extra.feature", bytes(hostile)));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        assertThat(TestHttp.json(added).path("changedFiles").get(0).asText()).isEqualTo("vip/extra.feature");
        // The step has no definition: the scenario fails, the draft is not valid, and nothing ran.
        JsonNode validation = TestHttp.json(http.get(added.headers().firstValue("Location").orElseThrow() + "/validation",
                TestKeys.POLICY));
        assertThat(validation.path("valid").asBoolean()).isFalse();
        assertThat(validation.path("scenarios").path("failures").findValuesAsText("feature")).contains("vip/extra.feature");

        assertRefused(draft(Map.of("nieuw/extra.feature", bytes(hostile))), 422, "nieuw/extra.feature: there is no such scenario file");
        assertRefused(draft(Map.of("vip/extra.feature", bytes(hostile.replace("@regels\n", "")))), 422,
                "vip/extra.feature: a rule feature is tagged @regels");
        assertRefused(draft(Map.of("vip/extra.feature", bytes(hostile.replace("# language: nl", "# language: en")))), 422,
                "vip/extra.feature: a scenario file starts with '# language: nl'");
        assertRefused(draft(Map.of("vip.feature", bytes("# language: nl\n@regels\nFunctionaliteit: a\n  Scenario: x\n    Gegeven y\n      \"\"\"\n      open\n"))),
                422, "vip/vip.feature, line 8: not readable as Gherkin");
    }

    @Test
    void templatesAndTheirCellsStayAsDeployed() {
        String template = deployed.replace("f.setNl(\"\"$param\"\");", "f.setNl(\"\"$param\"\"); System.setProperty(\"\"" + CANARY
                + "\"\", \"\"ran\"\");");
        assertThat(template).isNotEqualTo(deployed);
        assertRefused(draft(Map.of(TABLE, bytes(template))), 422, TABLE + ", row 8: this row differs from the table's machinery");

        String escaping = deployed.replace("Taalniveau {languageLevel}, onder B1: past bij", "x\\\"); System.setProperty(\"\""
                + CANARY + "\"\", \"\"ran\"\"); f.setNl(\"\"");
        assertRefused(draft(Map.of(TABLE, bytes(escaping))), 422, TABLE + ", row 10, column G (Toelichting (NL))");

        String unicode = deployed.replace("Taalniveau {languageLevel}, onder B1: past bij", "x\\u0022); System.exit(1); //");
        assertRefused(draft(Map.of(TABLE, bytes(unicode))), 422, TABLE + ", row 10, column G (Toelichting (NL)): text may not contain a backslash");
    }

    @Test
    void namesOutsideTheRulesFolderAreRefused() {
        for (String name : List.of("../" + TABLE, "/etc/" + TABLE, "rules/../../" + TABLE, "..\\" + TABLE, "C:" + TABLE, "./" + TABLE)) {
            assertRefused(draft(Map.of(name, bytes(deployed))), 400, "not a file name of the rules folder");
        }
        assertRefused(draft(Map.of("rules/" + TABLE, bytes(deployed.replace("A0, A1, A2\",PERSPECTIEFGROEP",
                "A0, A1, A2\",PERSPECTIEFGROEP")))), 201, null);
    }

    @Test
    void aZipBombIsRefusedAtItsLimitAndTheServiceKeepsAnswering() throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.setLevel(9);
            out.putNextEntry(new ZipEntry(TABLE));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 900; i++) {
                out.write(zeros);
            }
            out.closeEntry();
        }
        assertThat(zip.size()).as("the bomb is small").isLessThan(2 * 1024 * 1024);
        HttpResponse<String> answer = draft(Map.of("bundle.zip", zip.toByteArray()));
        assertRefused(answer, 413, TABLE + ": unpacks to more than 1024 KiB");
    }

    @Test
    void aZipOfManyEntriesOrOfFilesOutsideTheFolderIsRefused() throws IOException {
        assertRefused(draft(Map.of("bundle.zip", zip(Map.of("../../etc/passwd.drl.csv", bytes(deployed))))), 400,
                "not a file name of the rules folder");
        Map<String, byte[]> many = new LinkedHashMap<>();
        for (int i = 0; i < 101; i++) {
            many.put("dir" + i + "/", new byte[0]);
        }
        assertRefused(draft(Map.of("bundle.zip", zip(many))), 413, "more than 100 entries");
        assertRefused(draft(Map.of("bundle.zip", bytes("not a zip at all"))), 400, "the zip");
    }

    @Test
    void aFileOfNulBytesGetsOneShortRefusal() {
        HttpResponse<String> answer = draft(Map.of(TABLE, new byte[200 * 1024]));
        assertRefused(answer, 422, TABLE + ", row 1: this row differs from the table's machinery");
        assertThat(answer.body().length()).isLessThan(2_000);
    }

    @Test
    void aSpreadsheetIsReadAsTheTableOfItsNameAndAnExternalEntityIsNeverRead() throws IOException {
        HttpResponse<String> accepted = draft(Map.of("taalniveau.drl.xlsx", workbook(deployed.replace(
                "\"Taalniveau {languageLevel}, onder B1: past bij de Perspectiefgroep (taalniveau tot B1).\"",
                "Gewijzigd in Excel."))));
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(201);
        assertThat(TestHttp.json(accepted).path("changedFiles").get(0).asText()).isEqualTo(TABLE);
        String stored = sql.sql("SELECT files FROM rule_set_draft WHERE id = ?")
                .param(UUID.fromString(TestHttp.json(accepted).path("id").asText())).query(String.class).single();
        String table = new String(Base64.getDecoder().decode(TestHttp.JSON.readTree(stored).path(TABLE).asText()), StandardCharsets.UTF_8);
        assertThat(table).contains(",Gewijzigd in Excel.,").doesNotContain("onder B1: past bij");

        HttpResponse<String> xxe = draft(Map.of("taalniveau.drl.xlsx", zip(Map.of(
                "[Content_Types].xml", bytes("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/hostname\">]>"
                        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">&e;</Types>"),
                "xl/workbook.xml", bytes("<workbook/>")))));
        assertRefused(xxe, 400, "taalniveau.drl.xlsx: not a readable .xlsx workbook");
        assertThat(xxe.body()).doesNotContain(Files.readString(Path.of("/etc/hostname")).strip());
    }

    @Test
    void aDraftThatReachedTheDatabaseAnotherWayIsNeverCompiled() {
        Versions.Version newest = versions.newest();
        Map<String, byte[]> files = new LinkedHashMap<>(versions.files(newest));
        files.put("advies/advies.drl", bytes(new String(files.get("advies/advies.drl"), StandardCharsets.UTF_8)
                + "\nrule \"stil\"\nwhen\n    CatalogueRequest()\nthen\n    System.setProperty(\"" + CANARY + "\", \"ran\");\nend\n"));
        UUID viaDrl = store(newest, files);
        files = new LinkedHashMap<>(versions.files(newest));
        files.put(TABLE, bytes(new String(files.get(TABLE), StandardCharsets.UTF_8)
                .replace("onder B1: past bij", "\\\"); System.setProperty(\"" + CANARY + "\", \"ran\"); f.setNl(\"")));
        UUID viaCell = store(newest, files);
        for (UUID id : List.of(viaDrl, viaCell)) {
            String draft = "/api/v1/rulesets/drafts/" + id;
            assertRefused(http.get(draft + "/validation", TestKeys.AUDITOR), 422, null);
            assertRefused(http.send("POST", draft + "/impact", null, null, TestKeys.POLICY, Map.of()), 422, null);
            assertRefused(http.postJson(draft + "/approval", "{}", TestKeys.POLICY_B), 422, null);
        }
    }

    @Test
    void tooManyOrTooLargePartsAreRefusedByTheirLimit() {
        Map<String, byte[]> many = new LinkedHashMap<>();
        for (int i = 0; i < 35; i++) {
            many.put("t" + i + ".drl.csv", bytes("x"));
        }
        assertRefused(draft(many), 413, null);
        assertRefused(draft(Map.of(TABLE, new byte[5 * 1024 * 1024])), 413, null);
    }

    private UUID store(Versions.Version base, Map<String, byte[]> files) {
        Map<String, String> encoded = new LinkedHashMap<>();
        files.forEach((name, content) -> encoded.put(name, Base64.getEncoder().encodeToString(content)));
        UUID id = UUID.randomUUID();
        try {
            sql.sql("INSERT INTO rule_set_draft (id, base_version, base_hash, author, reason, created_at, changed_files, files) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                    .param(id).param(Versions.label(base.number())).param(base.hash()).param("beleid").param("hostile")
                    .param(Timestamp.from(Instant.now())).param("advice.drl").param(TestHttp.JSON.writeValueAsString(encoded)).update();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return id;
    }

    private HttpResponse<String> draft(Map<String, byte[]> files) {
        return http.draft(files, "test", TestKeys.POLICY);
    }

    private static void assertRefused(HttpResponse<String> answer, int status, String detail) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        if (status >= 400) {
            assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
            JsonNode problem = TestHttp.json(answer);
            assertThat(problem.path("status").asInt()).isEqualTo(status);
            if (detail != null) {
                assertThat(problem.toString()).contains(detail);
            }
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue());
                out.closeEntry();
            }
        }
        return zip.toByteArray();
    }

    /** The table as a workbook, one cell per CSV cell, as a spreadsheet program would save it. */
    private static byte[] workbook(String csv) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("Tabel");
            int r = 0;
            for (List<String> cells : nl.wegwijzer.rules.CsvRows.parse(csv)) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < cells.size(); c++) {
                    if (!cells.get(c).isEmpty()) {
                        row.createCell(c).setCellValue(cells.get(c));
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
