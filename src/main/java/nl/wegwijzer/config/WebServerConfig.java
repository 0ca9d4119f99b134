package nl.wegwijzer.config;

import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import nl.wegwijzer.api.Contract;
import nl.wegwijzer.web.ProblemValve;

/** Tomcat's own error answers become problems too (see {@link ProblemValve}). */
@Configuration
public class WebServerConfig {
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemsFromTomcat(Contract contract) {
        return new WebServerFactoryCustomizer<>() {
            @Override
            public void customize(TomcatServletWebServerFactory factory) {
                factory.addContextCustomizers(context -> {
                    if (context.getParent() instanceof StandardHost host) {
                        for (Valve valve : host.getPipeline().getValves()) {
                            if (valve instanceof ErrorReportValve) {
                                host.getPipeline().removeValve(valve);
                            }
                        }
                        host.setErrorReportValveClass(ProblemValve.class.getName());
                        host.getPipeline().addValve(new ProblemValve(contract.version()));
                    }
                });
            }

            @Override
            public int getOrder() {
                // After Spring Boot's own customizer, which adds Tomcat's error report valve.
                return Ordered.LOWEST_PRECEDENCE;
            }
        };
    }
}
