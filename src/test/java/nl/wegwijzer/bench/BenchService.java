package nl.wegwijzer.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import nl.wegwijzer.WegwijzerApplication;
import nl.wegwijzer.access.ApiKeyFilter;
import nl.wegwijzer.access.ApiKeys;
import nl.wegwijzer.access.FailedAttempts;
import nl.wegwijzer.access.RateLimits;
import nl.wegwijzer.access.Refusals;
import nl.wegwijzer.advice.Advisor;
import nl.wegwijzer.advice.Language;
import nl.wegwijzer.config.WegwijzerProperties;
import nl.wegwijzer.contract.AdviceMapper;
import nl.wegwijzer.contract.generated.model.AssessmentRequest;

/**
 * The service as it runs, plus one bare endpoint for the benchmark (test classpath only, never in the
 * product): {@code POST /api/v1/bench/bare} goes through the same servlet filters, API-key check and rate
 * limit, reads the same body into the same request model, and answers JSON of exactly the size of the
 * advice for {@link BenchmarkReport#INTAKE} (computed once at start): no rules, no database per request.
 */
public final class BenchService {
    private BenchService() {
    }

    public static void main(String[] args) {
        new SpringApplicationBuilder(WegwijzerApplication.class, Bare.class).run(args);
    }

    @Configuration
    @RestController
    static class Bare {
        private final ObjectMapper json;
        private final byte[] answer;

        Bare(ObjectMapper json, Advisor advisor) throws IOException {
            this.json = json;
            AssessmentRequest request = json.readValue(BenchmarkReport.INTAKE, AssessmentRequest.class);
            this.answer = json.writeValueAsBytes(AdviceMapper.toDto(advisor.preview(AdviceMapper.toIntake(request)), Language.NL));
        }

        @PostMapping(path = "/api/v1/bench/bare", consumes = MediaType.APPLICATION_JSON_VALUE)
        ResponseEntity<byte[]> bare(HttpServletRequest request) {
            try {
                json.readValue(request.getInputStream(), AssessmentRequest.class);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(answer);
        }

        /** The API's own key check and rate limit in front of the bare endpoint, as in front of every operation. */
        @Bean
        @Order(0)
        SecurityFilterChain bench(HttpSecurity http, WegwijzerProperties properties, ApiKeys keys, FailedAttempts failures,
                                  Clock clock) throws Exception {
            Refusals refusals = new Refusals(path -> true, false, failures);
            var budget = properties.security().rateLimit();
            return http.securityMatcher("/api/v1/bench/**")
                    .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                    .csrf(csrf -> csrf.disable())
                    .exceptionHandling(e -> e.authenticationEntryPoint(refusals).accessDeniedHandler(refusals))
                    .addFilterBefore(new ApiKeyFilter(keys, refusals, failures), BasicAuthenticationFilter.class)
                    .addFilterAfter(new RateLimits(budget.perSecond(), budget.burst(), clock, refusals), AnonymousAuthenticationFilter.class)
                    .authorizeHttpRequests(a -> a.anyRequest().hasAnyRole("INTAKE", "SYSTEM"))
                    .build();
        }
    }
}
