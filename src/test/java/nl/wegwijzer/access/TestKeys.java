package nl.wegwijzer.access;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/** The API keys and page accounts every test context knows, configured as hashes exactly as production would be. */
public class TestKeys implements EnvironmentPostProcessor {
    public static final String INTAKE_A = "test-intake-gemeente-a";
    public static final String INTAKE_B = "test-intake-gemeente-b";
    public static final String SYSTEM_A = "test-system-gemeente-a";
    public static final String AUDITOR = "test-auditor";
    public static final String POLICY = "test-policy";
    /** A second policy officer: approves what the first wrote (four eyes). */
    public static final String POLICY_B = "test-policy-b";
    public static final String COORDINATOR = "test-coordinator";

    /** The password of every person's test account below (pages; stored as a bcrypt hash like production). */
    public static final String PASSWORD = "test-wachtwoord-pagina";
    public static final String PERSON_INTAKE = "intake-a";
    public static final String PERSON_INTAKE_B = "intake-b";
    public static final String PERSON_POLICY = "beleid-a";
    public static final String PERSON_POLICY_B = "beleid-b";
    public static final String PERSON_AUDITOR = "audit-a";
    private static final String PASSWORD_HASH = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(PASSWORD);

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> keys = new LinkedHashMap<>();
        add(keys, 0, INTAKE_A, "gemeente-a", "INTAKE");
        add(keys, 1, INTAKE_B, "gemeente-b", "INTAKE");
        add(keys, 2, SYSTEM_A, "gemeente-a", "SYSTEM");
        add(keys, 3, AUDITOR, "auditdienst", "AUDITOR");
        add(keys, 4, POLICY, "beleid", "POLICY");
        add(keys, 5, POLICY_B, "beleid-b", "POLICY");
        add(keys, 6, COORDINATOR, "samen-hier-oost", "COORDINATOR");
        person(keys, 0, PERSON_INTAKE, "INTAKE");
        person(keys, 1, PERSON_POLICY, "POLICY,AUDITOR");
        person(keys, 2, PERSON_POLICY_B, "POLICY");
        person(keys, 3, PERSON_AUDITOR, "AUDITOR");
        person(keys, 4, PERSON_INTAKE_B, "INTAKE");
        // The scenarios and the hot-swap test send hundreds of requests a second with one key;
        // the budget itself is tested with a small one (RateLimitTest).
        if (!environment.containsProperty("wegwijzer.security.rate-limit.per-second")) {
            keys.put("wegwijzer.security.rate-limit.per-second", "100000");
            keys.put("wegwijzer.security.rate-limit.burst", "100000");
        }
        // Tests of refused keys and passwords all come from 127.0.0.1: the throttle itself is tested
        // with a small limit (RateLimitTest, SignInTest); here it would block the next test's sign-in.
        if (!environment.containsProperty("wegwijzer.security.failed-attempts.limit")) {
            keys.put("wegwijzer.security.failed-attempts.limit", "100000");
        }
        environment.getPropertySources().addFirst(new MapPropertySource("test-api-keys", keys));
    }

    private static void person(Map<String, Object> keys, int i, String username, String roles) {
        String prefix = "wegwijzer.security.accounts[" + i + "].";
        keys.put(prefix + "username", username);
        keys.put(prefix + "password-hash", PASSWORD_HASH);
        keys.put(prefix + "roles", roles);
    }

    private static void add(Map<String, Object> keys, int i, String key, String client, String role) {
        String prefix = "wegwijzer.security.api-keys[" + i + "].";
        keys.put(prefix + "sha256", ApiKeys.sha256(key));
        keys.put(prefix + "client", client);
        keys.put(prefix + "roles", role);
    }
}
