package org.learnpath.testinfra;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;

/**
 * Runs a service's Kafka clients as on Kubernetes, against {@link SecuredKafkaBroker}: with the {@code %prod.kafka.*}
 * lines of its application.properties ({@link ProdKafkaSettings#prodKafkaLines()}, for a test profile's config
 * overrides) and the environment the manifests give it (SASL_SSL, SCRAM-SHA-512 as the service's KafkaUser, the
 * cluster CA as a PEM file, topics made by the cluster), here from {@link #start()}. The broker has every topic of
 * {@link ServiceKafkaAccess#topics()} and the service's user only the ACLs of {@link ServiceKafkaAccess}.
 *
 * <p>Init argument {@code service}: the service's name, also its Kafka user's. The broker is shared by the test JVM.
 */
public class SecuredKafkaResource implements QuarkusTestResourceLifecycleManager {

    private static final String ENV = ProdKafkaSettings.ENV;
    private static SecuredKafkaBroker broker;

    private ServiceKafkaAccess access;

    @Override
    public void init(Map<String, String> initArgs) {
        access = ServiceKafkaAccess.of(initArgs.get("service"));
    }

    @Override
    public Map<String, String> start() {
        SecuredKafkaBroker broker = broker();
        access.grantOn(broker);
        Map<String, String> env = new HashMap<>();
        env.put(ENV + "KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers());
        env.put(ENV + "KAFKA_SECURITY_PROTOCOL", "SASL_SSL");
        env.put(ENV + "KAFKA_SASL_MECHANISM", SecuredKafkaBroker.MECHANISM);
        env.put(ENV + "KAFKA_SASL_JAAS_CONFIG", broker.jaasConfig(access.user()));
        env.put(ENV + "KAFKA_SSL_TRUSTSTORE_TYPE", "PEM");
        env.put(ENV + "KAFKA_SSL_TRUSTSTORE_LOCATION", broker.caCertificate().toString());
        // The topics are the cluster's.
        env.put("learnpath.outbox.create-topics", "false");
        return env;
    }

    @Override
    public void stop() {
        // Shared for the whole test JVM, closed at its end.
    }

    /** The broker, started on first use with every topic of the services. */
    public static synchronized SecuredKafkaBroker broker() {
        if (broker == null) {
            broker = SecuredKafkaBroker.start();
            broker.createTopics(ServiceKafkaAccess.topics());
            SecuredKafkaBroker started = broker;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "secured-kafka-stop"));
        }
        return broker;
    }
}
