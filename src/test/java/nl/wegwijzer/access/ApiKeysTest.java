package nl.wegwijzer.access;

import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/** A key is the exact string configured: nothing trimmed, no case folded, nothing near it accepted. */
class ApiKeysTest {
    @Test
    void onlyTheExactKeyIsAccepted() {
        JdbcClient sql = JdbcClient.create(new DriverManagerDataSource("jdbc:h2:mem:keys;DB_CLOSE_DELAY=-1", "sa", ""));
        sql.sql("CREATE TABLE IF NOT EXISTS api_key (sha256 CHAR(64) PRIMARY KEY, client_id VARCHAR(64), roles VARCHAR(100), "
                + "created_at TIMESTAMP WITH TIME ZONE)").update();
        ApiKeys keys = new ApiKeys(List.of(new ApiKeys.Configured(ApiKeys.sha256("Secret-Key-1"), "gemeente-a", List.of(Role.INTAKE))),
                sql, Clock.systemUTC());
        assertThat(keys.find("Secret-Key-1")).hasValueSatisfying(c -> assertThat(c.clientId()).isEqualTo("gemeente-a"));
        for (String near : List.of(" Secret-Key-1", "Secret-Key-1 ", "secret-key-1", "Secret-Key-", "Secret-Key-10", "", "\tSecret-Key-1")) {
            assertThat(keys.find(near)).as("'%s'", near).isEmpty();
        }
        assertThat(keys.find(null)).isEmpty();
    }
}
