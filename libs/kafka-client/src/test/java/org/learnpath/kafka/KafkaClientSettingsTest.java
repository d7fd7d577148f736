package org.learnpath.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.config.SslConfigs;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class KafkaClientSettingsTest {

    private static final String JAAS = "org.apache.kafka.common.security.scram.ScramLoginModule required"
            + " username=\"catalog-service\" password=\"secret\";";

    @Test
    void everySaslAndTlsSettingOfTheClientsIsAConnectionSetting() {
        ConfigDef security = new ConfigDef();
        SslConfigs.addClientSslSupport(security);
        SaslConfigs.addClientSaslSupport(security);
        assertThat(security.names()).isNotEmpty().allMatch(KafkaClientSettings::isConnectionSetting);
    }

    @Test
    void ofTheOtherClientSettingsOnlyWhereAndHowToConnectAreConnectionSettings() {
        Set<String> others = ProducerConfig.configNames().stream()
                .filter(name -> !name.startsWith("sasl.") && !name.startsWith("ssl."))
                .filter(KafkaClientSettings::isConnectionSetting)
                .collect(Collectors.toSet());
        assertThat(others).containsExactlyInAnyOrder("bootstrap.servers", "client.dns.lookup", "security.protocol",
                "security.providers");
        assertThat(ConsumerConfig.configNames().stream().filter(KafkaClientSettings::isConnectionSetting)
                .filter(name -> !name.startsWith("sasl.") && !name.startsWith("ssl.")))
                .containsExactlyInAnyOrderElementsOf(others);
    }

    @Test
    void connectionKeepsTheConnectionSettingsThatAreSet() {
        Map<String, Object> settings = new HashMap<>();
        settings.put("bootstrap.servers", "kafka:9093");
        settings.put("security.protocol", "SASL_SSL");
        settings.put("sasl.mechanism", "SCRAM-SHA-512");
        settings.put("sasl.jaas.config", JAAS);
        settings.put("ssl.truststore.type", "PEM");
        settings.put("ssl.truststore.location", "/etc/learnpath/kafka-ca/ca.crt");
        // Quarkus's TLS registry: its engine factory needs the name of the TLS configuration.
        settings.put("ssl.engine.factory.class", "io.quarkus.kafka.client.tls.QuarkusKafkaSslEngineFactory");
        settings.put("tls-configuration-name", "kafka");
        // What the client does, not how it connects.
        settings.put("group.id", "recommender-service");
        settings.put("client.id", "recommender-service");
        settings.put("acks", "all");
        settings.put("key.serializer", StringSerializer.class.getName());
        // Unset: an empty variable behind kafka.ssl.keystore.location=${VARIABLE:}.
        settings.put("ssl.keystore.location", "");
        settings.put("sasl.login.callback.handler.class", " ");
        settings.put("ssl.keystore.password", null);

        assertThat(KafkaClientSettings.connection(settings)).containsOnlyKeys("bootstrap.servers",
                "security.protocol", "sasl.mechanism", "sasl.jaas.config", "ssl.truststore.type",
                "ssl.truststore.location", "ssl.engine.factory.class", "tls-configuration-name");
        assertThat(KafkaClientSettings.withoutUnset(settings)).doesNotContainKeys("ssl.keystore.location",
                "sasl.login.callback.handler.class", "ssl.keystore.password")
                .containsEntry("group.id", "recommender-service").hasSize(settings.size() - 3);
    }

    @Test
    void anEmptyTrustStoreLocationReachingAClientStopsItFromStartingAndLeftOutItUsesTheJvmTrust() {
        Map<String, Object> settings = new HashMap<>(Map.of("bootstrap.servers", "127.0.0.1:9",
                "security.protocol", "SASL_SSL", "sasl.mechanism", "SCRAM-SHA-512", "sasl.jaas.config", JAAS,
                "ssl.truststore.location", ""));
        assertStartsOnlyWithoutUnset(settings);
    }

    @Test
    void anEmptyJaasConfigurationReachingAClientStopsItFromStarting() {
        Map<String, Object> settings = new HashMap<>(Map.of("bootstrap.servers", "127.0.0.1:9",
                "security.protocol", "SASL_PLAINTEXT", "sasl.mechanism", "SCRAM-SHA-512", "sasl.jaas.config", JAAS));
        assertStarts(settings, Function.identity());
        settings.put("sasl.jaas.config", "");
        assertThatThrownBy(() -> producer(settings)).isInstanceOf(KafkaException.class);
        assertThat(KafkaClientSettings.connection(settings)).doesNotContainKey("sasl.jaas.config");
    }

    private static void assertStartsOnlyWithoutUnset(Map<String, Object> settings) {
        assertThatThrownBy(() -> producer(settings)).isInstanceOf(KafkaException.class);
        assertThatThrownBy(() -> consumer(settings)).isInstanceOf(KafkaException.class);
        assertThatThrownBy(() -> admin(settings)).isInstanceOf(KafkaException.class);
        assertStarts(settings, KafkaClientSettings::withoutUnset);
        assertStarts(settings, KafkaClientSettings::connection);
    }

    private static void assertStarts(Map<String, Object> settings,
            Function<Map<String, Object>, Map<String, Object>> rule) {
        producer(rule.apply(settings)).close(Duration.ZERO);
        consumer(rule.apply(settings)).close(Duration.ZERO);
        admin(rule.apply(settings)).close(Duration.ZERO);
    }

    private static KafkaProducer<String, String> producer(Map<String, Object> settings) {
        return new KafkaProducer<>(settings, new StringSerializer(), new StringSerializer());
    }

    private static KafkaConsumer<String, String> consumer(Map<String, Object> settings) {
        Map<String, Object> withGroup = new HashMap<>(settings);
        withGroup.put("group.id", "test");
        return new KafkaConsumer<>(withGroup, new StringDeserializer(), new StringDeserializer());
    }

    private static Admin admin(Map<String, Object> settings) {
        return Admin.create(settings);
    }
}
