package org.learnpath.kafka;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The settings that tell a Kafka client where and how to connect: servers, security protocol, SASL, TLS. Every
 * client a service makes itself (the outbox relay's producer and admin client, the recommender's answer consumer,
 * the dead-letter producers) takes them from the service's Kafka configuration through this class, so that none of
 * them connects with less than the reactive-messaging channels do: a client left plaintext and anonymous in front of
 * a broker that wants SASL over TLS fails, and it fails only in production.
 *
 * <p>An empty value counts as unset. Quarkus hands a {@code kafka.*} property whose value is empty (the form
 * {@code kafka.sasl.jaas.config=${KAFKA_SASL_JAAS_CONFIG:}} with the variable unset) to its
 * {@code default-kafka-broker} map as {@code ""} instead of leaving it out, and Kafka takes {@code ""} literally: an
 * empty trust store location is a file it cannot read, an empty JAAS configuration a syntax error. Left out, the
 * setting keeps Kafka's default (the JVM's trusted certificates, the JAAS file if there is one).
 * {@link KafkaSettingsProducer} leaves them out of that map for every client, the channels included; the clients
 * a service makes itself leave them out again, whatever map they are given.
 */
public final class KafkaClientSettings {

    /**
     * Settings named in full. {@code tls-configuration-name} is Quarkus's: the SSL engine factory it puts under
     * {@code ssl.engine.factory.class} when a client uses the TLS registry reads its configuration by that name.
     */
    private static final Set<String> CONNECTION = Set.of("bootstrap.servers", "client.dns.lookup",
            "security.protocol", "security.providers", "tls-configuration-name");
    /** Every SASL setting (mechanism, JAAS, login, OAuth) and every TLS setting (stores, protocols, ciphers). */
    private static final List<String> CONNECTION_PREFIXES = List.of("sasl.", "ssl.");

    private KafkaClientSettings() {
    }

    /** Whether the setting says where or how a client connects rather than what it does once connected. */
    public static boolean isConnectionSetting(String name) {
        return CONNECTION.contains(name) || CONNECTION_PREFIXES.stream().anyMatch(name::startsWith);
    }

    /** False for a missing value and for an empty or blank one, which configuration uses for "not set". */
    public static boolean isSet(Object value) {
        return value != null && !(value instanceof CharSequence text && text.toString().isBlank());
    }

    /** The connection settings among {@code settings} that are set: a new client connects where and as they say. */
    public static Map<String, Object> connection(Map<String, ?> settings) {
        Map<String, Object> connection = new HashMap<>();
        settings.forEach((name, value) -> {
            if (isConnectionSetting(name) && isSet(value)) {
                connection.put(name, value);
            }
        });
        return connection;
    }

    /** All of {@code settings} that are set: for a client that takes the whole configuration. */
    public static Map<String, Object> withoutUnset(Map<String, ?> settings) {
        Map<String, Object> set = new HashMap<>();
        settings.forEach((name, value) -> {
            if (isSet(value)) {
                set.put(name, value);
            }
        });
        return set;
    }
}
