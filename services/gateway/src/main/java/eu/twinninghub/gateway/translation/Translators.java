package eu.twinninghub.gateway.translation;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.Optional;

/** The engine the configuration names, or none: translation is off by default. */
public class Translators {

    /** No engine: nothing is offered, nothing is sent anywhere. */
    static final Translator NONE = new Translator() {
        @Override
        public boolean available() {
            return false;
        }

        @Override
        public Optional<Translation> translate(String text, String from, String to) {
            return Optional.empty();
        }
    };

    @Produces
    @ApplicationScoped
    Translator translator(TranslationConfig config, ObjectMapper json) {
        return config.url().<Translator>map(url -> new LibreTranslate(url, config.apiKey(), config.timeout(),
                config.cacheSize(), json)).orElse(NONE);
    }
}
