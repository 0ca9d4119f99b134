package nl.wegwijzer.matching;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * The welcome groups, stored with Flyway's schema (V12): created, changed, matched and retired by their
 * coordinators, every change kept with who made it and the group as it became (audited like assessments;
 * the group holds no personal data: a partner organisation, a neighbourhood, codes and numbers).
 */
public class WelcomeGroups {
    /** What a coordinator records; the position follows from coordinates or the postcode area. */
    public record Details(String partnerOrganisation, String postcode, Position coordinates, Set<String> vulnerabilities,
                          Set<String> priorities, Map<String, String> weegschaal, int capacity, boolean matched) {
    }

    public record Change(String action, Instant at, String by, Details group) {
    }

    public record Page(List<WelcomeGroup> items, long total) {
    }

    private static final String COLUMNS = "id, partner_organisation, postcode, latitude, longitude, vulnerabilities, priorities, "
            + "weegschaal, capacity, matched, created_at, updated_at";

    private final JdbcClient sql;
    private final Postcodes postcodes;
    private final Clock clock;

    public WelcomeGroups(JdbcClient sql, Postcodes postcodes, Clock clock) {
        this.sql = sql;
        this.postcodes = postcodes;
        this.clock = clock;
    }

    @Transactional
    public WelcomeGroup create(Details details, String by) {
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        sql.sql("INSERT INTO welcome_group (id, partner_organisation, postcode, latitude, longitude, vulnerabilities, priorities, "
                        + "weegschaal, capacity, matched, retired, created_at, updated_at) "
                        + "VALUES (:id, :org, :postcode, :lat, :lon, :vulnerabilities, :priorities, :weegschaal, :capacity, :matched, "
                        + "FALSE, :now, :now)")
                .paramSource(params(id, details, now)).update();
        record(id, "CREATED", now, by, details);
        return find(id).orElseThrow();
    }

    /** Replaces a group's details; empty when there is no such (active) group. */
    @Transactional
    public Optional<WelcomeGroup> change(UUID id, Details details, String by) {
        Instant now = clock.instant();
        int updated = sql.sql("UPDATE welcome_group SET partner_organisation = :org, postcode = :postcode, latitude = :lat, "
                        + "longitude = :lon, vulnerabilities = :vulnerabilities, priorities = :priorities, weegschaal = :weegschaal, "
                        + "capacity = :capacity, matched = :matched, updated_at = :now WHERE id = :id AND retired = FALSE")
                .paramSource(params(id, details, now)).update();
        if (updated == 0) {
            return Optional.empty();
        }
        record(id, "CHANGED", now, by, details);
        return find(id);
    }

    /** Marks a group matched (the officer chose it); false when it was matched or retired meanwhile. */
    @Transactional
    public boolean markMatched(UUID id, String by) {
        Instant now = clock.instant();
        int updated = sql.sql("UPDATE welcome_group SET matched = TRUE, updated_at = :now WHERE id = :id AND matched = FALSE "
                + "AND retired = FALSE").param("id", id).param("now", Timestamp.from(now)).update();
        if (updated == 1) {
            record(id, "MATCHED", now, by, details(find(id).orElseThrow()));
        }
        return updated == 1;
    }

    @Transactional
    public boolean retire(UUID id, String by) {
        Optional<WelcomeGroup> group = find(id);
        Instant now = clock.instant();
        int updated = sql.sql("UPDATE welcome_group SET retired = TRUE, updated_at = :now WHERE id = :id AND retired = FALSE")
                .param("id", id).param("now", Timestamp.from(now)).update();
        if (updated == 1) {
            record(id, "RETIRED", now, by, details(group.orElseThrow()));
        }
        return updated == 1;
    }

    public Optional<WelcomeGroup> find(UUID id) {
        return sql.sql("SELECT " + COLUMNS + " FROM welcome_group WHERE id = :id AND retired = FALSE").param("id", id)
                .query(this::group).optional();
    }

    public Page page(String partnerOrganisation, int page, int size) {
        var items = active("SELECT " + COLUMNS, partnerOrganisation, " ORDER BY created_at, id LIMIT :size OFFSET :offset")
                .param("size", size).param("offset", (long) page * size);
        return new Page(items.query(this::group).list(), active("SELECT COUNT(*)", partnerOrganisation, "").query(Long.class).single());
    }

    /** Every group a newcomer could be matched with or be told about: all that are not retired. */
    public List<WelcomeGroup> active(String partnerOrganisation) {
        return active("SELECT " + COLUMNS, partnerOrganisation, "").query(this::group).list();
    }

    /** A query over the groups not retired, of one partner organisation when it is named. */
    private JdbcClient.StatementSpec active(String select, String partnerOrganisation, String tail) {
        var query = sql.sql(select + " FROM welcome_group WHERE retired = FALSE"
                + (partnerOrganisation == null ? "" : " AND partner_organisation = :org") + tail);
        return partnerOrganisation == null ? query : query.param("org", partnerOrganisation);
    }

    /** The group's changes, oldest first; empty when the group never existed. */
    public List<Change> history(UUID id) {
        return sql.sql("SELECT action, at, by_whom, snapshot FROM welcome_group_change WHERE group_id = :id ORDER BY at, id")
                .param("id", id).query((rs, n) -> new Change(rs.getString("action"), rs.getTimestamp("at").toInstant(),
                        rs.getString("by_whom"), parse(rs.getString("snapshot")))).list();
    }

    public static Details details(WelcomeGroup g) {
        return new Details(g.partnerOrganisation(), g.postcode(), g.coordinates(), g.vulnerabilities(), g.priorities(), g.weegschaal(),
                g.capacity(), g.matched());
    }

    private void record(UUID id, String action, Instant at, String by, Details details) {
        sql.sql("INSERT INTO welcome_group_change (id, group_id, action, at, by_whom, snapshot) VALUES (:id, :group, :action, :at, :by, :snapshot)")
                .param("id", UUID.randomUUID()).param("group", id).param("action", action).param("at", Timestamp.from(at))
                .param("by", by == null ? "onbekend" : by).param("snapshot", snapshot(details)).update();
    }

    private static org.springframework.jdbc.core.namedparam.MapSqlParameterSource params(UUID id, Details d, Instant now) {
        return new org.springframework.jdbc.core.namedparam.MapSqlParameterSource()
                .addValue("id", id).addValue("org", d.partnerOrganisation()).addValue("postcode", d.postcode())
                .addValue("lat", d.coordinates() == null ? null : d.coordinates().latitude())
                .addValue("lon", d.coordinates() == null ? null : d.coordinates().longitude())
                .addValue("vulnerabilities", String.join(",", new TreeSet<>(d.vulnerabilities())))
                .addValue("priorities", String.join(",", new TreeSet<>(d.priorities())))
                .addValue("weegschaal", weegschaal(d.weegschaal())).addValue("capacity", d.capacity())
                .addValue("matched", d.matched()).addValue("now", Timestamp.from(now));
    }

    private WelcomeGroup group(ResultSet rs, int row) throws SQLException {
        double lat = rs.getDouble("latitude");
        Position coordinates = rs.wasNull() ? null : new Position(lat, rs.getDouble("longitude"));
        String postcode = rs.getString("postcode");
        return new WelcomeGroup(rs.getObject("id", UUID.class), rs.getString("partner_organisation"), postcode, coordinates,
                postcodes.locate(postcode, coordinates).orElse(null), codes(rs.getString("vulnerabilities")),
                codes(rs.getString("priorities")), weegschaal(rs.getString("weegschaal")), rs.getInt("capacity"),
                rs.getBoolean("matched"), rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }

    static Set<String> codes(String text) {
        return text == null || text.isBlank() ? Set.of() : Set.copyOf(Arrays.asList(text.split(",")));
    }

    static String weegschaal(Map<String, String> answers) {
        return answers.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(","));
    }

    static Map<String, String> weegschaal(String text) {
        Map<String, String> answers = new LinkedHashMap<>();
        if (text != null && !text.isBlank()) {
            for (String pair : text.split(",")) {
                String[] parts = pair.split("=", 2);
                answers.put(parts[0], parts[1]);
            }
        }
        return Map.copyOf(answers);
    }

    /** The group as a change recorded it: one line, key=value;… (codes and numbers only). */
    private static String snapshot(Details d) {
        return "org=" + d.partnerOrganisation().replace(";", ",") + ";postcode=" + (d.postcode() == null ? "" : d.postcode())
                + ";lat=" + (d.coordinates() == null ? "" : d.coordinates().latitude())
                + ";lon=" + (d.coordinates() == null ? "" : d.coordinates().longitude())
                + ";vulnerabilities=" + String.join(",", new TreeSet<>(d.vulnerabilities()))
                + ";priorities=" + String.join(",", new TreeSet<>(d.priorities()))
                + ";weegschaal=" + weegschaal(d.weegschaal()) + ";capacity=" + d.capacity() + ";matched=" + d.matched();
    }

    private static Details parse(String snapshot) {
        Map<String, String> v = new LinkedHashMap<>();
        for (String part : snapshot.split(";")) {
            String[] kv = part.split("=", 2);
            v.put(kv[0], kv.length > 1 ? kv[1] : "");
        }
        Position coordinates = v.get("lat").isEmpty() ? null : new Position(Double.parseDouble(v.get("lat")), Double.parseDouble(v.get("lon")));
        return new Details(v.get("org"), v.get("postcode").isEmpty() ? null : v.get("postcode"), coordinates,
                codes(v.get("vulnerabilities")), codes(v.get("priorities")), weegschaal(v.get("weegschaal")),
                Integer.parseInt(v.get("capacity")), Boolean.parseBoolean(v.get("matched")));
    }
}
