package nl.wegwijzer.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * API keys by their SHA-256 hash: from configuration, or, on a first start without any, one generated
 * development key whose hash is stored and which is printed once. A key itself is never stored.
 * A presented key is taken exactly as sent (nothing trimmed) and compared with every known hash in
 * constant time, so neither the answer's content nor its timing says how close a guess was.
 */
public final class ApiKeys {
    /** One configured key: its hash (hex), the client it acts for and its roles. */
    public record Configured(String sha256, String client, List<Role> roles) {
    }

    private record Known(byte[] hash, Caller caller) {
    }

    private final List<Known> known;

    public ApiKeys(List<Configured> configured, JdbcClient sql, Clock clock) {
        List<Known> keys = new ArrayList<>();
        for (Configured key : configured) {
            keys.add(new Known(HexFormat.of().parseHex(key.sha256().toLowerCase(Locale.ROOT)),
                    new Caller(key.client(), EnumSet.copyOf(key.roles()))));
        }
        sql.sql("SELECT sha256, client_id, roles FROM api_key").query((row, n) -> keys.add(new Known(
                HexFormat.of().parseHex(row.getString("sha256").strip()),
                new Caller(row.getString("client_id"), roles(row.getString("roles")))))).list();
        if (keys.isEmpty()) {
            String key = generate();
            Set<Role> all = EnumSet.allOf(Role.class);
            sql.sql("INSERT INTO api_key (sha256, client_id, roles, created_at) VALUES (?, ?, ?, ?)")
                    .param(sha256(key)).param("development").param(all.stream().map(Enum::name).collect(Collectors.joining(",")))
                    .param(Timestamp.from(clock.instant())).update();
            keys.add(new Known(digest(key), new Caller("development", all)));
            // Printed, not logged: shown once, to whoever started the service.
            System.out.println("""

                    ==== Wegwijzer: no API keys configured; generated one development key (all roles). ====
                    X-API-Key: %s
                    It is shown only now; only its hash is stored. Configure real keys with wegwijzer.security.api-keys.
                    """.formatted(key));
        }
        this.known = List.copyOf(keys);
    }

    /** The caller a key belongs to; empty for a missing or unknown key. */
    public Optional<Caller> find(String key) {
        if (key == null || key.isEmpty()) {
            return Optional.empty();
        }
        byte[] presented = digest(key);
        Caller match = null;
        for (Known candidate : known) {
            // Every candidate is compared, whether or not one matched already.
            if (MessageDigest.isEqual(candidate.hash(), presented) && match == null) {
                match = candidate.caller();
            }
        }
        return Optional.ofNullable(match);
    }

    public static String sha256(String key) {
        return HexFormat.of().formatHex(digest(key));
    }

    private static byte[] digest(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static String generate() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return "wgw_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private static Set<Role> roles(String names) {
        return Arrays.stream(names.split(",")).map(String::strip).map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }
}
