package nl.wegwijzer.config;

import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;

/**
 * The pages speak Dutch whatever language the browser asks for, numbers included: a browser set to
 * English read "20,000 van 20,000" in a Dutch sentence (the message bundle formats numbers in the
 * request's locale). The API picks its language from Accept-Language itself, per operation.
 */
@Configuration
public class PageLocaleConfig {
    @Bean
    LocaleResolver localeResolver() {
        return new FixedLocaleResolver(Locale.forLanguageTag("nl-NL"));
    }
}
