package nl.wegwijzer.access;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.wegwijzer.support.TestHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's table "Who may do what" is the authorisation: every operation of the contract is in
 * it, and every operation is called with every role and with no key. An allowed role is never
 * refused (401/403); a refused role always gets 403. The same operation by a refused role under a
 * path or method variant (";x", a percent-encoded letter, "//", a trailing slash, upper case, HEAD,
 * method-override headers) never reaches the operation either.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccessMatrixTest {
    private static final Pattern ROW = Pattern.compile("^\\| `(GET|POST|PUT|DELETE|PATCH) ([^`]+)` \\|(.*)\\|$");
    private static final List<String> ROLES = List.of("INTAKE", "SYSTEM", "POLICY", "AUDITOR", "COORDINATOR");
    private static final Map<String, String> KEYS = Map.of("INTAKE", TestKeys.INTAKE_A, "SYSTEM", TestKeys.SYSTEM_A,
            "POLICY", TestKeys.POLICY, "AUDITOR", TestKeys.AUDITOR, "COORDINATOR", TestKeys.COORDINATOR);
    private static final String SOME_ID = "0b5c2b3e-54c1-4a55-9f5b-3c1d1c1e0000";

    @LocalServerPort
    int port;
    TestHttp http;

    record Operation(String method, String path, Map<String, Boolean> allowed) {
        String concrete() {
            return path.replace("{id}", SOME_ID).replace("{runId}", SOME_ID).replace("{version}", "999999");
        }
    }

    @BeforeEach
    void open() {
        http = new TestHttp(port);
    }

    @Test
    void everyOperationOfTheContractIsInTheReadmeTable() throws IOException {
        Set<String> documented = new TreeSet<>();
        readme().forEach(o -> documented.add(o.method() + " " + o.path()));
        Set<String> contract = new TreeSet<>();
        JsonNode paths = new ObjectMapper(new YAMLFactory()).readTree(Path.of("openapi.yaml").toFile()).path("paths");
        paths.fields().forEachRemaining(p -> p.getValue().fieldNames().forEachRemaining(method -> {
            if (Set.of("get", "post", "put", "delete", "patch").contains(method)
                    && !p.getValue().path(method).path("security").isArray()) {
                contract.add(method.toUpperCase(Locale.ROOT) + " /api/v1" + p.getKey());
            }
        }));
        assertThat(documented).isEqualTo(contract);
    }

    @Test
    void everyRoleGetsWhatTheTableSaysAndNothingElse() throws IOException {
        List<String> mismatches = new ArrayList<>();
        for (Operation op : readme()) {
            HttpResponse<String> anonymous = call(op.method(), op.concrete(), null, Map.of());
            if (anonymous.statusCode() != 401) {
                mismatches.add(op.method() + " " + op.path() + " without a key: " + anonymous.statusCode());
            }
            for (String role : ROLES) {
                HttpResponse<String> answer = call(op.method(), op.concrete(), KEYS.get(role), Map.of());
                boolean refused = answer.statusCode() == 401 || answer.statusCode() == 403;
                if (op.allowed().get(role) == refused || (!op.allowed().get(role) && answer.statusCode() != 403)) {
                    mismatches.add(op.method() + " " + op.path() + " as " + role + ": " + answer.statusCode() + " " + answer.body());
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void noPathOrMethodVariantReachesAnOperationARoleMayNotUse() throws IOException {
        List<String> leaks = new ArrayList<>();
        int tried = 0;
        for (Operation op : readme()) {
            for (String role : ROLES) {
                if (op.allowed().get(role)) {
                    continue;
                }
                for (Map.Entry<String, String[]> variant : variants(op).entrySet()) {
                    String[] request = variant.getValue();
                    Map<String, String> headers = request.length > 2 ? Map.of(request[2], request[3]) : Map.of();
                    HttpResponse<String> answer = call(request[0], request[1], KEYS.get(role), headers);
                    tried++;
                    if (!headers.isEmpty()) {
                        // A method-override header changes nothing: the answer is the plain method's.
                        HttpResponse<String> plain = call(request[0], request[1], KEYS.get(role), Map.of());
                        if (plain.statusCode() != answer.statusCode()) {
                            leaks.add(variant.getKey() + " as " + role + ": " + answer.statusCode() + " instead of " + plain.statusCode());
                        }
                    } else if (!refusedBeforeTheOperation(answer)) {
                        leaks.add(variant.getKey() + " as " + role + ": " + answer.statusCode() + " " + answer.body());
                    }
                }
            }
        }
        assertThat(leaks).isEmpty();
        assertThat(tried).isGreaterThan(300);
    }

    /** A refusal by Spring Security, the firewall or routing: never an answer the operation itself gives. */
    private static boolean refusedBeforeTheOperation(HttpResponse<String> answer) {
        int status = answer.statusCode();
        if (status == 403 || status == 405 || status == 401) {
            return true;
        }
        if (status == 400 || status == 404) {
            JsonNode problem = TestHttp.json(answer);
            return !problem.has("errors") && (problem.path("detail").asText().startsWith("There is no such resource")
                    || problem.path("detail").asText().startsWith("The request path is not acceptable")
                    || problem.path("detail").asText().startsWith("The request cannot be read"));
        }
        return false;
    }

    private Map<String, String[]> variants(Operation op) {
        String path = op.concrete();
        String[] segments = path.split("/");
        String last = segments[segments.length - 1];
        Map<String, String[]> variants = new LinkedHashMap<>();
        variants.put(op.method() + " " + path + ";x=1", new String[] {op.method(), path + ";x=1"});
        variants.put(op.method() + " ;param mid-path " + path, new String[] {op.method(), path.replaceFirst("/api/v1/([a-z-]+)", "/api/v1/$1;x")});
        variants.put(op.method() + " encoded letter " + path, new String[] {op.method(), encodeFirstLetter(path, last)});
        variants.put(op.method() + " //" + path, new String[] {op.method(), path.replace("/api/v1/", "/api/v1//")});
        variants.put(op.method() + " " + path + "/", new String[] {op.method(), path + "/"});
        variants.put(op.method() + " upper case " + path, new String[] {op.method(), path.toUpperCase(Locale.ROOT)});
        variants.put(op.method() + " %2F " + path, new String[] {op.method(), path.replace("/api/v1/", "/api/v1%2F")});
        variants.put(op.method() + " /./ " + path, new String[] {op.method(), path.replace("/api/v1/", "/api/v1/./")});
        variants.put(op.method() + " /x/../ " + path, new String[] {op.method(), path.replace("/api/v1/", "/api/v1/x/../")});
        if (op.method().equals("GET")) {
            variants.put("HEAD " + path, new String[] {"HEAD", path});
            variants.put("POST overridden to GET " + path, new String[] {"POST", path, "X-HTTP-Method-Override", "GET"});
        } else {
            variants.put("GET overridden to " + op.method() + " " + path, new String[] {"GET", path, "X-HTTP-Method-Override", op.method()});
            variants.put(op.method() + " ?_method " + path, new String[] {op.method(), path + "?_method=GET"});
        }
        return variants;
    }

    /** The path with the first letter of its last word segment percent-encoded ("export" as "%65xport"). */
    private static String encodeFirstLetter(String path, String last) {
        String word = last.matches("[a-z-]+") ? last : path.replaceFirst("^/api/v1/([a-z-]+).*", "$1");
        int at = path.lastIndexOf(word);
        return path.substring(0, at) + String.format("%%%02X", (int) word.charAt(0)) + path.substring(at + 1);
    }

    private HttpResponse<String> call(String method, String path, String key, Map<String, String> headers) {
        boolean body = !method.equals("GET") && !method.equals("HEAD");
        return http.send(method, path, body ? "application/json" : null, body ? "{}".getBytes(StandardCharsets.UTF_8) : null, key,
                headers);
    }

    static List<Operation> readme() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("README.md"));
        int start = lines.indexOf("### Who may do what");
        assertThat(start).as("README has the section 'Who may do what'").isNotNegative();
        List<Operation> operations = new ArrayList<>();
        List<String> header = List.of();
        for (int i = start + 1; i < lines.size() && !lines.get(i).startsWith("#"); i++) {
            String line = lines.get(i);
            if (line.startsWith("| operation |")) {
                header = List.of(line.substring(1, line.length() - 1).split("\\|")).stream().map(String::strip).toList();
            }
            Matcher row = ROW.matcher(line);
            if (row.matches()) {
                List<String> cells = List.of(row.group(3).split("\\|")).stream().map(String::strip).toList();
                List<String> columns = header;
                if (ROLES.stream().allMatch(role -> cells.get(columns.indexOf(role) - 1).equals("open"))) {
                    continue; // open to anyone: the contract, health (HostileRequestsTest covers them)
                }
                Map<String, Boolean> allowed = new LinkedHashMap<>();
                for (String role : ROLES) {
                    String cell = cells.get(header.indexOf(role) - 1);
                    assertThat(cell).as("%s %s %s", row.group(1), row.group(2), role).isIn("yes", "–");
                    allowed.put(role, cell.equals("yes"));
                }
                operations.add(new Operation(row.group(1), row.group(2), allowed));
            }
        }
        assertThat(operations).isNotEmpty();
        return operations;
    }
}
