package org.learnpath.kafka;

import io.quarkus.kafka.client.runtime.KafkaRuntimeConfigProducer;
import io.quarkus.runtime.ApplicationConfig;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Map;
import org.eclipse.microprofile.config.Config;

/**
 * The service's Kafka settings ({@code kafka.*}), the map every Kafka client of the service starts from: the
 * reactive-messaging channels (SmallRye's {@code default-kafka-broker}), the outbox relay, the answer consumer. The
 * same map as Quarkus's own, which this replaces, without the settings whose value is empty: Quarkus hands
 * {@code kafka.ssl.truststore.location=${KAFKA_SSL_TRUSTSTORE_LOCATION:}} with the variable unset on as {@code ""},
 * and the channels pass that to Kafka as it is (an empty trust store location is a file TLS cannot read). See
 * {@link KafkaClientSettings}.
 */
@Singleton
public class KafkaSettingsProducer {

    @Produces
    @Singleton
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaSettings(Config config, ApplicationConfig application) {
        return KafkaClientSettings.withoutUnset(
                new KafkaRuntimeConfigProducer().createKafkaRuntimeConfig(config, application));
    }
}
