package nl.wegwijzer.access;

import java.util.Set;

/** An authenticated caller: the client (organisation or system) it acts for, and its roles. */
public record Caller(String clientId, Set<Role> roles) implements java.io.Serializable {
    public boolean has(Role... any) {
        for (Role role : any) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    /** Reads every client's records. */
    public boolean readsAll() {
        return roles.contains(Role.AUDITOR);
    }

    /** The role recorded with an assessment this caller makes. */
    public String mainRole() {
        return roles.contains(Role.SYSTEM) ? Role.SYSTEM.name() : roles.contains(Role.INTAKE) ? Role.INTAKE.name()
                : roles.stream().findFirst().map(Enum::name).orElse(null);
    }
}
