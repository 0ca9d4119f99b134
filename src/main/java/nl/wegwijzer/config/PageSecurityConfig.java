package nl.wegwijzer.config;

import java.io.IOException;
import java.time.Clock;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.filter.OncePerRequestFilter;

import nl.wegwijzer.access.FailedAttempts;
import nl.wegwijzer.access.PageAccounts;
import nl.wegwijzer.access.Role;
import nl.wegwijzer.pages.PagePaths;

/**
 * Spring Security for the pages: people sign in (the municipality's OpenID Connect provider when one
 * is configured, else local accounts) and get a session that times out; CSRF protection on; every
 * page allows the roles of the API operations it uses, and nothing else is served here. A strict
 * Content-Security-Policy: scripts, styles, images and fonts from this service only, no inline code.
 */
@Configuration
public class PageSecurityConfig {
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
            + "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    PageAccounts pageAccounts(WegwijzerProperties properties, ObjectProvider<ClientRegistrationRepository> oidc, JdbcClient sql,
                              PasswordEncoder encoder, Clock clock,
                              @Value("${wegwijzer.security.new-development-passwords:false}") boolean renew) {
        return new PageAccounts(properties.security().accounts(), oidc.getIfAvailable() != null, renew, sql, encoder, clock);
    }

    @Bean
    @Order(1)
    SecurityFilterChain pages(HttpSecurity http, PageAccounts accounts, FailedAttempts failures, WegwijzerProperties properties,
                              ObjectProvider<ClientRegistrationRepository> oidc) throws Exception {
        http.securityMatcher(PagePaths.matcher())
                .authorizeHttpRequests(authorize -> authorize
                        .requestMatchers(PagePaths.PUBLIC.toArray(String[]::new)).permitAll()
                        .requestMatchers(PagePaths.INTAKE.toArray(String[]::new)).hasRole(Role.INTAKE.name())
                        .requestMatchers(PagePaths.POLICY.toArray(String[]::new)).hasRole(Role.POLICY.name())
                        .requestMatchers(PagePaths.AUDIT.toArray(String[]::new)).hasAnyRole(Role.POLICY.name(), Role.AUDITOR.name())
                        .requestMatchers(PagePaths.HOME).authenticated()
                        .anyRequest().denyAll())
                .userDetailsService(accounts)
                .formLogin(form -> form.loginPage(PagePaths.LOGIN).loginProcessingUrl(PagePaths.LOGIN)
                        .defaultSuccessUrl(PagePaths.HOME, true)
                        .failureHandler((request, response, e) -> {
                            failures.record(request);
                            response.sendRedirect(PagePaths.LOGIN + "?fout");
                        }))
                .logout(logout -> logout.logoutUrl(PagePaths.LOGOUT).logoutSuccessUrl(PagePaths.LOGIN + "?uitgelogd")
                        .deleteCookies("JSESSIONID"))
                // A request with a session that timed out (server.servlet.session.timeout) is sent to sign in again, told why.
                .sessionManagement(session -> session.invalidSessionUrl(PagePaths.LOGIN + "?verlopen"))
                .exceptionHandling(e -> e.accessDeniedPage(PagePaths.FORBIDDEN))
                .addFilterBefore(new Throttle(failures), UsernamePasswordAuthenticationFilter.class)
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        if (oidc.getIfAvailable() != null) {
            String claim = properties.security().oidc().rolesClaim();
            http.oauth2Login(login -> login.loginPage(PagePaths.LOGIN).defaultSuccessUrl(PagePaths.HOME, true)
                    .userInfoEndpoint(user -> user.oidcUserService(rolesFrom(claim))));
        }
        return http.build();
    }

    /**
     * The roles of a person signed in with OpenID Connect, from a claim of the ID token or user info
     * (a list or a space-separated string; "intake", "wegwijzer:policy", … any case); the name shown
     * and recorded is the preferred user name, else the subject.
     */
    static OAuth2UserService<OidcUserRequest, OidcUser> rolesFrom(String claim) {
        OidcUserService delegate = new OidcUserService();
        return request -> {
            OidcUser user = delegate.loadUser(request);
            Set<Role> roles = EnumSet.noneOf(Role.class);
            Object value = user.getClaims().get(claim);
            Collection<?> names = value instanceof Collection<?> list ? list
                    : value == null ? List.of() : List.of(value.toString().split("[\\s,]+"));
            for (Object name : names) {
                String text = name.toString();
                Role.find(text.contains(":") ? text.substring(text.lastIndexOf(':') + 1) : text).ifPresent(roles::add);
            }
            roles.retainAll(EnumSet.of(Role.INTAKE, Role.POLICY, Role.AUDITOR));
            List<GrantedAuthority> authorities = roles.stream()
                    .map(r -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + r.name())).toList();
            String nameKey = user.getClaims().containsKey("preferred_username") ? "preferred_username" : "sub";
            return new DefaultOidcUser(authorities, user.getIdToken(), user.getUserInfo(), nameKey);
        };
    }

    /** An address that failed to sign in too often waits out the window before it may try again. */
    static final class Throttle extends OncePerRequestFilter {
        private final FailedAttempts failures;

        Throttle(FailedAttempts failures) {
            this.failures = failures;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if ("POST".equals(request.getMethod()) && PagePaths.LOGIN.equals(request.getRequestURI()) && failures.blocked(request)) {
                response.setHeader("Retry-After", Long.toString(failures.retryAfterSeconds(request)));
                response.sendRedirect(PagePaths.LOGIN + "?wacht");
                return;
            }
            chain.doFilter(request, response);
        }
    }
}
