package nl.wegwijzer.access;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/**
 * A municipal system calling with a JWT bearer token, following the NL GOV Assurance profile for
 * OAuth 2.0: the client is the token's {@code azp} (or {@code client_id}, RFC 9068), its roles are the
 * scopes it was granted that start with the configured prefix ({@code wegwijzer:intake},
 * {@code wegwijzer:system}, ...). A token without a client, without a {@code jti}, or without any
 * Wegwijzer scope is refused.
 */
public final class JwtCallers implements Converter<Jwt, AbstractAuthenticationToken> {
    private final String scopePrefix;

    public JwtCallers(String scopePrefix) {
        this.scopePrefix = scopePrefix;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        String client = client(jwt);
        if (client == null) {
            throw new InvalidBearerTokenException("The token names no client (azp or client_id)");
        }
        if (jwt.getId() == null) {
            throw new InvalidBearerTokenException("The token has no jti");
        }
        Set<Role> roles = roles(jwt);
        if (roles.isEmpty()) {
            throw new InvalidBearerTokenException("The token grants no scope of this service");
        }
        return new CallerAuthentication(new Caller(client, roles));
    }

    private static String client(Jwt jwt) {
        String azp = jwt.getClaimAsString("azp");
        return azp != null && !azp.isBlank() ? azp : jwt.getClaimAsString("client_id");
    }

    private Set<Role> roles(Jwt jwt) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String scope : scopes(jwt)) {
            if (scope.startsWith(scopePrefix)) {
                String name = scope.substring(scopePrefix.length()).toUpperCase(Locale.ROOT);
                for (Role role : Role.values()) {
                    if (role.name().equals(name)) {
                        roles.add(role);
                    }
                }
            }
        }
        return roles;
    }

    private static Collection<String> scopes(Jwt jwt) {
        Object scope = jwt.getClaim("scope");
        if (scope instanceof String text) {
            return List.of(text.split(" "));
        }
        if (scope instanceof Collection<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        List<String> scp = jwt.getClaimAsStringList("scp");
        return scp == null ? List.of() : scp;
    }
}
