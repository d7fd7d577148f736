package org.learnpath.testinfra;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;

/** Writes records as another service would, for consumers under test. */
public final class TopicWriter {

    private TopicWriter() {
    }

    public static void send(String topic, String key, String value, Map<String, String> headers) {
        Map<String, Object> props = Map.of("bootstrap.servers", KafkaResource.bootstrapServers(), "acks", "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
            RecordHeaders recordHeaders = new RecordHeaders();
            headers.forEach((k, v) -> recordHeaders.add(k, v.getBytes(StandardCharsets.UTF_8)));
            producer.send(new ProducerRecord<>(topic, null, key, value, recordHeaders)).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot write to " + topic, e);
        }
    }
}
