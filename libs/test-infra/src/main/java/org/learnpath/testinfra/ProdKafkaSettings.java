package org.learnpath.testinfra;

import io.quarkus.kafka.client.runtime.KafkaRuntimeConfigProducer;
import io.quarkus.runtime.ApplicationConfig;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * A service's Kafka settings in production (profile prod), from the application.properties on the class path and an
 * environment of the test's choosing, without starting the service.
 *
 * <p>The environment is not handed over in variables named {@code KAFKA_*}: Quarkus takes every property whose name
 * starts with "kafka" (any case, "_" read as ".") into its Kafka settings, so {@code KAFKA_SASL_JAAS_CONFIG} would
 * configure the clients by itself, whatever the {@code %prod.kafka.*} lines say, and a mistake in a line would go
 * unseen. Here each {@code ${KAFKA_...}} of application.properties reads {@link #ENV}{@code KAFKA_...} instead: only
 * the lines carry the values.
 */
public final class ProdKafkaSettings {

    /** Where the test's environment lives in the configuration. */
    public static final String ENV = "learnpath-test-env.";

    private ProdKafkaSettings() {
    }

    /**
     * Quarkus's own {@code default-kafka-broker} map in production, before the service leaves out the unset settings
     * (libs/kafka-client). {@code environment}: variable names as on Kubernetes, e.g. KAFKA_SASL_JAAS_CONFIG.
     */
    public static Map<String, Object> quarkusMap(Map<String, String> environment) {
        Map<String, String> env = new HashMap<>();
        environment.forEach((name, value) -> env.put(ENV + name, value));
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withProfile("prod")
                .withSources(new PropertiesConfigSource(applicationProperties(), "application.properties", 250))
                .withSources(new PropertiesConfigSource(env, "environment", 300))
                .build();
        return new KafkaRuntimeConfigProducer().createKafkaRuntimeConfig(config, new ApplicationConfig() {
            @Override
            public Optional<String> name() {
                return Optional.empty();
            }

            @Override
            public Optional<String> version() {
                return Optional.empty();
            }

            @Override
            public Optional<String> uiHeader() {
                return Optional.empty();
            }
        });
    }

    /**
     * The {@code %prod.kafka.*} lines of application.properties without their profile, for a test profile's config
     * overrides; their variables read {@link #ENV}VARIABLE (see {@link SecuredKafkaResource}).
     */
    public static Map<String, String> prodKafkaLines() {
        Properties properties = applicationProperties();
        Map<String, String> lines = new HashMap<>();
        properties.stringPropertyNames().stream().filter(name -> name.startsWith("%prod.kafka.")).forEach(name ->
                lines.put(name.substring("%prod.".length()), properties.getProperty(name)));
        if (lines.isEmpty()) {
            throw new IllegalStateException("application.properties has no %prod.kafka.* settings");
        }
        return lines;
    }

    private static Properties applicationProperties() {
        String text;
        try (InputStream in = Thread.currentThread().getContextClassLoader()
                .getResourceAsStream("application.properties")) {
            if (in == null) {
                throw new IllegalStateException("No application.properties on the class path");
            }
            text = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text.replace("${KAFKA_", "${" + ENV + "KAFKA_")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
