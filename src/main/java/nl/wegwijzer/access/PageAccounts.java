package nl.wegwijzer.access;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * People who sign in with a user name and password: accounts from configuration (password hashes
 * only), beside or instead of the municipality's OpenID Connect provider; or, on a first start with
 * neither, two generated development accounts whose hashes are stored and whose passwords are printed
 * once, like the development API key: one with every role a person can have, and a second policy
 * officer, so that a draft can be approved by someone other than its author (four eyes).
 */
public final class PageAccounts implements UserDetailsService {
    /** An account from configuration: the user name, the password's hash ({bcrypt}…), the roles. */
    public record Configured(String username, String passwordHash, List<Role> roles) {
    }

    static final Set<Role> PEOPLE = EnumSet.of(Role.INTAKE, Role.POLICY, Role.AUDITOR);

    private final Map<String, UserDetails> accounts = new LinkedHashMap<>();

    /** renew: forget the stored development accounts and make new ones (whoever lost the printed passwords). */
    public PageAccounts(List<Configured> configured, boolean oidc, boolean renew, JdbcClient sql, PasswordEncoder encoder,
                        Clock clock) {
        configured.forEach(a -> add(a.username(), a.passwordHash(), EnumSet.copyOf(a.roles())));
        if (!configured.isEmpty() || oidc) {
            return;
        }
        if (renew) {
            sql.sql("DELETE FROM page_account").update();
        }
        sql.sql("SELECT username, password_hash, roles FROM page_account ORDER BY username").query((row, n) -> {
            add(row.getString("username"), row.getString("password_hash"), roles(row.getString("roles")));
            return n;
        }).list();
        if (accounts.isEmpty()) {
            String first = generate();
            String second = generate();
            store(sql, encoder, clock, "ontwikkelaar", first, PEOPLE);
            store(sql, encoder, clock, "tweede-beleid", second, EnumSet.of(Role.POLICY));
            // Printed, not logged: shown once, to whoever started the service.
            System.out.println("""

                    ==== Wegwijzer: no accounts configured; generated two development accounts for the pages. ====
                    Sign in at /inloggen as  ontwikkelaar / %s  (intake, policy, audit)
                                         or  tweede-beleid / %s  (policy: approves the first one's drafts)
                    The passwords are shown only now; only their hashes are stored (lost them? README, "Signing in").
                    Configure accounts with wegwijzer.security.accounts, or an OpenID Connect provider.
                    """.formatted(first, second));
        }
    }

    private void store(JdbcClient sql, PasswordEncoder encoder, Clock clock, String username, String password, Set<Role> roles) {
        String hash = encoder.encode(password);
        sql.sql("INSERT INTO page_account (username, password_hash, roles, created_at) VALUES (?, ?, ?, ?)")
                .param(username).param(hash).param(roles.stream().map(Enum::name).collect(Collectors.joining(",")))
                .param(Timestamp.from(clock.instant())).update();
        add(username, hash, roles);
    }

    private void add(String username, String hash, Set<Role> roles) {
        Set<Role> allowed = EnumSet.copyOf(roles);
        allowed.retainAll(PEOPLE);
        accounts.put(username, User.withUsername(username).password(hash)
                .authorities(allowed.stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList()).build());
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserDetails account = accounts.get(username);
        if (account == null) {
            throw new UsernameNotFoundException("no such account");
        }
        return User.withUserDetails(account).build();
    }

    public boolean any() {
        return !accounts.isEmpty();
    }

    private static String generate() {
        byte[] random = new byte[15];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private static Set<Role> roles(String names) {
        return Arrays.stream(names.split(",")).map(String::strip).map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }
}
