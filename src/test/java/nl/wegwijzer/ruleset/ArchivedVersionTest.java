package nl.wegwijzer.ruleset;

import java.sql.Timestamp;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A version archived by an earlier release, in another rule model, stays readable as files; asked to
 * decide again, it is refused with words, never a server error.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ArchivedVersionTest {
    private static final String HASH = "0".repeat(63) + "1";

    @Autowired
    JdbcClient sql;
    @Autowired
    RuleSetArchive archive;

    @Test
    void aVersionOfAnEarlierReleaseIsRefusedInWordsAndItsFilesStayReadable() {
        String files = """
                {"advice.drl": "package wegwijzer\\nimport nl.wegwijzer.rules.facts.*;\\nrule \\"oud\\"\\nwhen\\n    Intake()\\nthen\\nend\\n"}""";
        sql.sql("DELETE FROM rule_set_version WHERE hash = ?").param(HASH).update();
        sql.sql("INSERT INTO rule_set_version (hash, version, first_loaded_at, files) VALUES (?, ?, ?, ?)")
                .param(HASH).param("1").param(Timestamp.from(Instant.parse("2026-01-01T00:00:00Z"))).param(files).update();

        assertThat(archive.files(HASH)).hasValueSatisfying(f -> assertThat(f).containsKey("advice.drl"));
        assertThatThrownBy(() -> archive.find(HASH))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.kind()).isEqualTo(Refusal.Kind.CONFLICT))
                .hasMessageContaining("written for an earlier release of Wegwijzer");
    }
}
