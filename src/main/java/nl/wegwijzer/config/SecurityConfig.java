package nl.wegwijzer.config;

import java.time.Clock;
import java.util.List;

import jakarta.servlet.DispatcherType;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

import nl.wegwijzer.access.ApiKeyFilter;
import nl.wegwijzer.access.ApiKeys;
import nl.wegwijzer.access.FailedAttempts;
import nl.wegwijzer.access.JwtCallers;
import nl.wegwijzer.access.RateLimits;
import nl.wegwijzer.access.Refusals;
import nl.wegwijzer.access.Role;
import nl.wegwijzer.access.Routes;
import nl.wegwijzer.web.Problems;

/**
 * Spring Security for the API: a caller is a client with an API key or a JWT bearer token; each
 * operation allows the roles {@link Routes} lists, on the path Spring MVC routes; everything else is
 * refused, every method included. Stateless: no session, no cookie.
 */
@Configuration
@EnableWebSecurity
public class SecurityConfig {
    @Bean
    ApiKeys apiKeys(WegwijzerProperties properties, JdbcClient sql, Clock clock) {
        return new ApiKeys(properties.security().apiKeys(), sql, clock);
    }

    @Bean
    FailedAttempts failedAttempts(WegwijzerProperties properties, Clock clock) {
        var limits = properties.security().failedAttempts();
        return new FailedAttempts(limits.limit(), limits.window(), clock);
    }

    /** After the pages' chain ({@link PageSecurityConfig}): everything that is not a page is the API's, and denied unless listed. */
    @Bean
    @org.springframework.core.annotation.Order(2)
    SecurityFilterChain api(HttpSecurity http, WegwijzerProperties properties, ApiKeys keys, FailedAttempts failures,
                            ObjectProvider<JwtDecoder> jwtDecoder, Clock clock) throws Exception {
        boolean bearer = jwtDecoder.getIfAvailable() != null;
        Refusals refusals = new Refusals(Routes::known, bearer, failures);
        var budget = properties.security().rateLimit();
        http.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .cors(cors -> cors.configurationSource(cors(properties.security().corsOrigins())))
                .headers(headers -> headers
                        .cacheControl(c -> c.disable())
                        .addHeaderWriter(new StaticHeadersWriter("Cache-Control", "no-store"))
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)))
                .exceptionHandling(e -> e.authenticationEntryPoint(refusals).accessDeniedHandler(refusals))
                .addFilterBefore(new ApiKeyFilter(keys, refusals, failures), BasicAuthenticationFilter.class)
                .addFilterAfter(new RateLimits(budget.perSecond(), budget.burst(), clock, refusals), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(authorize -> {
                    authorize.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.ASYNC).permitAll();
                    for (Routes.Route route : Routes.API) {
                        authorize.requestMatchers(route.method(), route.pattern())
                                .hasAnyRole(route.roles().stream().map(Role::name).toArray(String[]::new));
                    }
                    authorize.requestMatchers(HttpMethod.GET, Routes.OPEN.toArray(String[]::new)).permitAll();
                    authorize.anyRequest().denyAll();
                });
        if (bearer) {
            JwtCallers callers = new JwtCallers(properties.security().jwtScopePrefix());
            http.oauth2ResourceServer(o -> o.authenticationEntryPoint(refusals)
                    .jwt(jwt -> jwt.jwtAuthenticationConverter(callers)));
        }
        return http.build();
    }

    /** A request the firewall refuses (encoded slashes, "//", ";" ...) is a 400 problem, not a bare error page. */
    @Bean
    WebSecurityCustomizer refusedRequests() {
        return web -> web.requestRejectedHandler((request, response, e) -> {
            if (e.getMessage() != null && e.getMessage().contains("HTTP method")) {
                Problems.write(request, response, 405, "Method Not Allowed", "This method is not allowed here");
            } else {
                Problems.write(request, response, 400, "Bad Request",
                        "The request path is not acceptable (it may not contain ';', '//', '\\', an encoded '/' or '.', or '..')");
            }
        });
    }

    /**
     * The contract may be read from any origin (NL API Design Rules, /core/publish-openapi); the API
     * only from the origins configured (none by default: browsers on other sites cannot call it).
     */
    private static UrlBasedCorsConfigurationSource cors(List<String> apiOrigins) {
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        CorsConfiguration anyone = new CorsConfiguration();
        anyone.addAllowedOrigin("*");
        anyone.setAllowedMethods(List.of("GET"));
        anyone.addAllowedHeader("*");
        anyone.setMaxAge(3600L);
        source.registerCorsConfiguration("/api/v1/openapi.json", anyone);
        source.registerCorsConfiguration("/api/v1/openapi.yaml", anyone);
        if (!apiOrigins.isEmpty()) {
            CorsConfiguration configured = new CorsConfiguration();
            configured.setAllowedOrigins(apiOrigins);
            configured.setAllowedMethods(List.of("GET", "POST", "PUT"));
            configured.setAllowedHeaders(List.of("X-API-Key", "Authorization", "Content-Type", "Accept-Language", "Idempotency-Key",
                    "X-Correlation-ID"));
            configured.setExposedHeaders(List.of("Location", "API-Version", "Retry-After", "RateLimit-Limit", "RateLimit-Remaining",
                    "RateLimit-Reset", "X-Correlation-ID"));
            configured.setMaxAge(3600L);
            source.registerCorsConfiguration("/api/v1/**", configured);
        }
        return source;
    }
}
