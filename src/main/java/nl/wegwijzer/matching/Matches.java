package nl.wegwijzer.matching;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rankings made for newcomers, as they were answered, and the officer's choice of group: stored
 * like an assessment and an officer's decision. Choosing marks the group matched in the same
 * transaction, so a group is never chosen twice.
 */
public class Matches {
    public record Stored(UUID id, String clientId, String answer) {
    }

    public record Choice(UUID matchId, UUID groupId, int rank, String reason, String officer, Instant decidedAt) {
    }

    /** Why a choice could not be recorded. */
    public static final class Refused extends RuntimeException {
        public Refused(String message) {
            super(message);
        }
    }

    private final JdbcClient sql;
    private final WelcomeGroups groups;
    private final Clock clock;

    public Matches(JdbcClient sql, WelcomeGroups groups, Clock clock) {
        this.sql = sql;
        this.groups = groups;
        this.clock = clock;
    }

    public void save(UUID id, String reference, Instant createdAt, String clientId, int ruleSetVersion, String ruleSetHash,
                     String answer) {
        sql.sql("INSERT INTO welcome_group_match (id, reference, created_at, client_id, rule_set_version, rule_set_hash, answer) "
                        + "VALUES (:id, :reference, :at, :client, :version, :hash, :answer)")
                .param("id", id).param("reference", reference).param("at", Timestamp.from(createdAt))
                .param("client", clientId == null ? "onbekend" : clientId).param("version", ruleSetVersion)
                .param("hash", ruleSetHash).param("answer", answer).update();
    }

    public Optional<Stored> find(UUID id) {
        return sql.sql("SELECT id, client_id, answer FROM welcome_group_match WHERE id = :id").param("id", id)
                .query((rs, n) -> new Stored(rs.getObject("id", UUID.class), rs.getString("client_id"), rs.getString("answer")))
                .optional();
    }

    public Optional<Choice> choice(UUID matchId) {
        return sql.sql("SELECT match_id, group_id, group_rank, reason, officer, decided_at FROM welcome_group_choice WHERE match_id = :id")
                .param("id", matchId).query((rs, n) -> new Choice(rs.getObject("match_id", UUID.class), rs.getObject("group_id", UUID.class),
                        rs.getInt("group_rank"), rs.getString("reason"), rs.getString("officer"), rs.getTimestamp("decided_at").toInstant()))
                .optional();
    }

    /** Records the choice and matches the group; refused when a choice was made already or the group is no longer free. */
    @Transactional
    public synchronized Choice choose(UUID matchId, UUID groupId, int rank, String reason, String officer) {
        if (choice(matchId).isPresent()) {
            throw new Refused("a group was chosen for this ranking already");
        }
        if (!groups.markMatched(groupId, officer)) {
            throw new Refused("the group has been matched or retired since this ranking was made");
        }
        Instant now = clock.instant();
        try {
            sql.sql("INSERT INTO welcome_group_choice (match_id, group_id, group_rank, reason, officer, decided_at) "
                            + "VALUES (:match, :group, :rank, :reason, :officer, :at)")
                    .param("match", matchId).param("group", groupId).param("rank", rank).param("reason", reason)
                    .param("officer", officer).param("at", Timestamp.from(now)).update();
        } catch (org.springframework.dao.DuplicateKeyException chosenMeanwhile) {
            // Another instance (or request) chose first: the key on match_id decides; this transaction, and its
            // marking of the group, roll back.
            throw new Refused("a group was chosen for this ranking already");
        }
        return new Choice(matchId, groupId, rank, reason, officer, now);
    }
}
