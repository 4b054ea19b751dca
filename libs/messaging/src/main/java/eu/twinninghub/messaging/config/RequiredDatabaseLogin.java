package eu.twinninghub.messaging.config;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Quarkus checks a {@code @ConfigMapping} at start only where one is injected: this is that place
 * for {@link DatabaseConfig}, so that a missing database login stops the start and is named.
 */
@Startup
@ApplicationScoped
public class RequiredDatabaseLogin {

    RequiredDatabaseLogin(DatabaseConfig login) {
        // Injected to be checked; the datasource reads the same values through its own settings.
    }
}
