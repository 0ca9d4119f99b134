package nl.wegwijzer.access;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** An authenticated caller as Spring Security holds it: the client, with its roles as authorities. */
public final class CallerAuthentication extends AbstractAuthenticationToken {
    private final Caller caller;

    public CallerAuthentication(Caller caller) {
        super(authorities(caller));
        this.caller = caller;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Caller getPrincipal() {
        return caller;
    }

    @Override
    public String getName() {
        return caller.clientId();
    }

    /** Authorities for a set of roles, in the form Spring Security's role checks expect. */
    public static List<SimpleGrantedAuthority> authorities(Caller caller) {
        return caller.roles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList();
    }
}
