package org.learnpath.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The dead letters' producer connects like the channel's consumer, whatever the security settings. */
class DeadLetterProducerSettingsTest {

    @Test
    void theProducerTakesTheConsumersConnectionAndSharedSettingsButNothingUnsetOrConsumerOnly() {
        Map<String, Object> consumer = new HashMap<>();
        consumer.put("bootstrap.servers", "learnpath-kafka-bootstrap:9093");
        consumer.put("security.protocol", "SASL_SSL");
        consumer.put("sasl.mechanism", "SCRAM-SHA-512");
        consumer.put("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required"
                + " username=\"recommender-service\" password=\"secret\";");
        consumer.put("ssl.truststore.type", "PEM");
        consumer.put("ssl.truststore.location", "/etc/learnpath/kafka-ca/ca.crt");
        // Quarkus's TLS registry: a setting no producer lists, without which its engine factory cannot start.
        consumer.put("tls-configuration-name", "kafka");
        // Unset: what an empty variable behind kafka.ssl.keystore.location=${VARIABLE:} leaves.
        consumer.put("ssl.keystore.location", "");
        consumer.put("metadata.max.age.ms", 10000);
        consumer.put("client.id", "recommender-service");
        consumer.put("group.id", "recommender-service.catalog");
        consumer.put("key.deserializer", "org.apache.kafka.common.serialization.StringDeserializer");
        consumer.put("enable.auto.commit", false);

        Map<String, Object> producer = BoundedDeadLetterQueue.producerSettings(consumer, "catalog");

        assertThat(producer).containsOnlyKeys("bootstrap.servers", "security.protocol", "sasl.mechanism",
                "sasl.jaas.config", "ssl.truststore.type", "ssl.truststore.location", "tls-configuration-name",
                "metadata.max.age.ms", "client.id", "acks");
        assertThat(producer).containsEntry("client.id", "dead-letters-recommender-service")
                .containsEntry("acks", "all").containsEntry("sasl.mechanism", "SCRAM-SHA-512");
    }

    @Test
    void withoutAClientIdTheChannelNamesTheProducer() {
        Map<String, Object> producer = BoundedDeadLetterQueue.producerSettings(
                Map.of("bootstrap.servers", "127.0.0.1:9092", "client.id", ""), "items");
        assertThat(producer).containsEntry("client.id", "dead-letters-items");
    }
}
