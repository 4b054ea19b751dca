package eu.twinninghub.messaging.config;

import io.smallrye.config.ConfigMapping;

/**
 * The database login of a service, required: the datasource reads it from here, so that a service
 * started without {@code DB_USER} or {@code DB_PASSWORD} stops at once and names the variable
 * (the datasource alone would take a missing login for none and fail later, at its first connection).
 */
@ConfigMapping(prefix = "twinning.database")
public interface DatabaseConfig {

    String user();

    String password();
}
