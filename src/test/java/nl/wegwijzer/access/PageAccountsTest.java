package nl.wegwijzer.access;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * People's accounts for the pages: two development accounts generated at a first start with nothing
 * configured, their passwords printed once and only their hashes stored; kept across restarts; none
 * when accounts or an OpenID Connect provider are configured; a person never holds the SYSTEM role.
 */
class PageAccountsTest {
    private static final Pattern PRINTED = Pattern.compile("ontwikkelaar / (\\S+).*tweede-beleid / (\\S+)", Pattern.DOTALL);
    private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private JdbcClient sql;

    @BeforeEach
    void database() throws IOException {
        sql = JdbcClient.create(new DriverManagerDataSource("jdbc:h2:mem:accounts-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"));
        sql.sql(Files.readString(Path.of("src/main/resources/db/migration/V11__page_accounts.sql"))).update();
    }

    @Test
    void aFirstStartGeneratesTwoAccountsPrintsTheirPasswordsOnceAndStoresOnlyHashes() {
        String first = printed(() -> accounts(List.of(), false));
        Matcher passwords = PRINTED.matcher(first);
        assertThat(passwords.find()).as(first).isTrue();
        String developer = passwords.group(1);
        String second = passwords.group(2);

        PageAccounts restarted = accounts(List.of(), false);
        assertThat(printed(() -> accounts(List.of(), false))).as("printed once").doesNotContain("ontwikkelaar /");
        UserDetails all = restarted.loadUserByUsername("ontwikkelaar");
        assertThat(encoder.matches(developer, all.getPassword())).isTrue();
        assertThat(roles(all)).containsExactlyInAnyOrder("ROLE_INTAKE", "ROLE_POLICY", "ROLE_AUDITOR");
        UserDetails approver = restarted.loadUserByUsername("tweede-beleid");
        assertThat(encoder.matches(second, approver.getPassword())).isTrue();
        assertThat(roles(approver)).containsExactly("ROLE_POLICY");
        assertThat(sql.sql("SELECT password_hash FROM page_account").query(String.class).list())
                .hasSize(2).allSatisfy(hash -> assertThat(hash).startsWith("{bcrypt}$2").doesNotContain(developer, second));

        // Lost the passwords: one start with new-development-passwords makes new ones; the old ones stop working.
        String renewed = printed(() -> new PageAccounts(List.of(), false, true, sql, encoder, Clock.systemUTC()));
        Matcher fresh = PRINTED.matcher(renewed);
        assertThat(fresh.find()).isTrue();
        UserDetails now = accounts(List.of(), false).loadUserByUsername("ontwikkelaar");
        assertThat(encoder.matches(fresh.group(1), now.getPassword())).isTrue();
        assertThat(encoder.matches(developer, now.getPassword())).isFalse();
    }

    @Test
    void configuredAccountsOrAProviderMeanNoGeneratedOnes() {
        PageAccounts configured = accounts(List.of(new PageAccounts.Configured("m.devries", encoder.encode("x"),
                List.of(Role.INTAKE, Role.SYSTEM))), false);
        assertThat(roles(configured.loadUserByUsername("m.devries"))).as("people are never SYSTEM").containsExactly("ROLE_INTAKE");
        assertThatThrownBy(() -> configured.loadUserByUsername("ontwikkelaar")).isInstanceOf(UsernameNotFoundException.class);
        PageAccounts provider = accounts(List.of(), true);
        assertThat(provider.any()).isFalse();
        assertThat(sql.sql("SELECT COUNT(*) FROM page_account").query(Integer.class).single()).isZero();
    }

    private PageAccounts accounts(List<PageAccounts.Configured> configured, boolean oidc) {
        return new PageAccounts(configured, oidc, false, sql, encoder, Clock.systemUTC());
    }

    private static List<String> roles(UserDetails user) {
        return user.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
    }

    private static String printed(Supplier<?> action) {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            action.get();
        } finally {
            System.setOut(original);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
