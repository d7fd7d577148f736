package org.learnpath.testinfra;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.learnpath.kafka.KafkaClientSettings;

/**
 * What every service's Kafka settings in production (the %prod lines of its application.properties) must give its
 * clients: plaintext as before where no Kafka variable is set (the local launcher, the e2e suite), SCRAM over TLS as
 * its KafkaUser with the variables of the Kubernetes manifests. Each service's test calls both with its own
 * application.properties on the class path.
 */
public final class ProdKafkaSettingsCheck {

    private ProdKafkaSettingsCheck() {
    }

    public static void plaintextWhereNoKafkaVariableIsSet() {
        Map<String, Object> quarkus = ProdKafkaSettings.quarkusMap(Map.of());
        // Quarkus hands the lines whose variable is unset on as empty values, which Kafka would take literally.
        assertThat(quarkus).containsEntry("sasl.jaas.config", "").containsEntry("ssl.truststore.location", "");

        Map<String, Object> settings = KafkaClientSettings.withoutUnset(quarkus);
        assertThat(settings).containsEntry("security.protocol", "PLAINTEXT")
                .containsEntry("bootstrap.servers", "127.0.0.1:19092");
        assertThat(settings.keySet()).noneMatch(name -> name.startsWith("sasl.") || name.startsWith("ssl."));
        new KafkaProducer<>(settings, new StringSerializer(), new StringSerializer()).close(Duration.ZERO);
    }

    public static void scramOverTlsWithTheManifestsVariables(String kafkaUser) {
        String jaas = "org.apache.kafka.common.security.scram.ScramLoginModule required"
                + " username=\"" + kafkaUser + "\" password=\"secret\";";
        Map<String, String> environment = Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", "learnpath-kafka-bootstrap:9093",
                "KAFKA_SECURITY_PROTOCOL", "SASL_SSL",
                "KAFKA_SASL_MECHANISM", "SCRAM-SHA-512",
                "KAFKA_SASL_JAAS_CONFIG", jaas,
                "KAFKA_SSL_TRUSTSTORE_TYPE", "PEM",
                "KAFKA_SSL_TRUSTSTORE_LOCATION", "/etc/learnpath/kafka-ca/ca.crt");

        Map<String, Object> settings = KafkaClientSettings.withoutUnset(ProdKafkaSettings.quarkusMap(environment));

        assertThat(KafkaClientSettings.connection(settings)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "bootstrap.servers", "learnpath-kafka-bootstrap:9093",
                "security.protocol", "SASL_SSL",
                "sasl.mechanism", "SCRAM-SHA-512",
                "sasl.jaas.config", jaas,
                "ssl.truststore.type", "PEM",
                "ssl.truststore.location", "/etc/learnpath/kafka-ca/ca.crt"));
    }
}
