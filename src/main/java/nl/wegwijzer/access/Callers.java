package nl.wegwijzer.access;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * The caller behind any authentication: a system with an API key or a token carries its own
 * {@link Caller}; a person signed in to the pages (local account or OpenID Connect) is the caller
 * named by their user name, with the roles their authorities grant. One notion of "who", whatever
 * the way in, so the API's own checks apply to people and systems alike.
 */
public final class Callers {
    private Callers() {
    }

    public static Optional<Caller> of(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated() || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        if (authentication.getPrincipal() instanceof Caller caller) {
            return Optional.of(caller);
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            String name = authority.getAuthority();
            if (name != null && name.startsWith("ROLE_")) {
                Role.find(name.substring("ROLE_".length())).ifPresent(roles::add);
            }
        }
        return Optional.of(new Caller(authentication.getName(), roles));
    }
}
