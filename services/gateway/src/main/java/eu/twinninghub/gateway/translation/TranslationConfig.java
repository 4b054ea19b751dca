package eu.twinninghub.gateway.translation;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/** The self-hosted LibreTranslate-compatible engine, if any: off unless {@code url} is set. */
@ConfigMapping(prefix = "twinning.translation")
public interface TranslationConfig {

    /** Base address of the engine (its {@code /translate} is called); none: no translation offered. */
    Optional<URI> url();

    /** The engine's API key, where it asks for one. */
    Optional<String> apiKey();

    /** How long a page waits for the engine before it shows the original alone. */
    @WithDefault("5s")
    Duration timeout();

    /** Translations kept, so that a thread read again costs the engine nothing. */
    @WithDefault("10000")
    long cacheSize();
}
