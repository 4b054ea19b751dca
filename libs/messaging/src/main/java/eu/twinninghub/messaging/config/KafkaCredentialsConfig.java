package eu.twinninghub.messaging.config;

import io.smallrye.config.ConfigMapping;

/**
 * The service's own Kafka credentials in the cluster (the JAAS line of its KafkaUser's secret). A
 * mapping, so that the start checks it before anything connects: a missing secret stops the start
 * naming KAFKA_SASL_JAAS_CONFIG, where Kafka's client would only say "Login module not specified".
 */
@ConfigMapping(prefix = "twinning.kafka")
public interface KafkaCredentialsConfig {

    /**
     * Set by the cluster profile; "-" elsewhere (libs/events microprofile-config.properties), where
     * the broker is plaintext on loopback. Required, without a default: an optional value, or one
     * with a default, whose variable is missing reads as absent instead of failing.
     */
    String saslJaasConfig();
}
