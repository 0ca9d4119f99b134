package nl.wegwijzer.config;

import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import nl.wegwijzer.contract.Contract;
import nl.wegwijzer.web.ProblemValve;

/** Tomcat's own error answers become problems too (see {@link ProblemValve}); "100 Continue" when a body is read. */
@Configuration
public class WebServerConfig {
    /** API-Version on every answer, also those written on the container's error dispatch. */
    @Bean
    org.springframework.boot.web.servlet.FilterRegistrationBean<nl.wegwijzer.api.ApiVersionFilter> apiVersionOnEveryDispatch(
            nl.wegwijzer.api.ApiVersionFilter filter) {
        var registration = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(filter);
        registration.setDispatcherTypes(jakarta.servlet.DispatcherType.REQUEST, jakarta.servlet.DispatcherType.ERROR,
                jakarta.servlet.DispatcherType.ASYNC);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    ProblemsFromTomcat problemsFromTomcat(Contract contract) {
        return new ProblemsFromTomcat(contract.version());
    }

    /** Replaces Tomcat's error report valve; runs after Spring Boot's own customizer, which adds that valve. */
    static final class ProblemsFromTomcat implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {
        private final String apiVersion;

        ProblemsFromTomcat(String apiVersion) {
            this.apiVersion = apiVersion;
        }

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            // "100 Continue" only when a body is read, not before the request reaches the service: a body
            // refused on its declared length is then refused before the caller sends it.
            factory.addConnectorCustomizers(connector -> connector.setProperty("continueResponseTiming", "onRead"));
            factory.addContextCustomizers(context -> {
                if (context.getParent() instanceof StandardHost host) {
                    for (Valve valve : host.getPipeline().getValves()) {
                        if (valve instanceof ErrorReportValve) {
                            host.getPipeline().removeValve(valve);
                        }
                    }
                    host.setErrorReportValveClass(ProblemValve.class.getName());
                    host.getPipeline().addValve(new ProblemValve(apiVersion));
                }
            });
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
