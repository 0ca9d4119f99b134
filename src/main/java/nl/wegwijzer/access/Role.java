package nl.wegwijzer.access;

/** What a caller may do (issue 4): assess, run batches, work on rules, audit, keep welcome groups. */
public enum Role {
    /** Intake officer: assess, read and decide on own assessments. */
    INTAKE,
    /** Municipal case system: assess, batch, read its own client's records. */
    SYSTEM,
    /** Policy staff: rules and catalogue, read-only. */
    POLICY,
    /** Auditor: read and export everything. */
    AUDITOR,
    /** Samen Hier coordinator: keeps the welcome groups, matches newcomers to them. */
    COORDINATOR;

    /** The role of this name, any case; empty for a name that is no role. */
    public static java.util.Optional<Role> find(String name) {
        for (Role role : values()) {
            if (role.name().equalsIgnoreCase(name == null ? "" : name.strip())) {
                return java.util.Optional.of(role);
            }
        }
        return java.util.Optional.empty();
    }
}
