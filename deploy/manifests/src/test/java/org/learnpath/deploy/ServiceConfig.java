package org.learnpath.deploy;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A service's application.properties as the packaged service reads it: the prod profile, where a
 * {@code %prod.key} replaces {@code key} (and keys of other profiles do not apply).
 */
final class ServiceConfig {

    private static final Pattern ENV_REFERENCE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::([^}]*))?}");
    private static final Pattern OUTBOX_TOPIC = Pattern.compile("learnpath\\.outbox\\.topics\\.\"([^\"]+)\"\\.([a-z-]+)");
    private static final Pattern CHANNEL = Pattern.compile("mp\\.messaging\\.(incoming|outgoing)\\.([^.]+)\\.(.+)");
    /** A client the service makes itself, e.g. learnpath.recommender.answers.topic / .group-id / .dead-letter-topic. */
    private static final Pattern OWN_CLIENT = Pattern.compile("learnpath\\.(?!outbox\\.)([a-z-]+\\.[a-z-]+)\\.(topic|group-id|dead-letter-topic)");

    /**
     * Settings a library reads although no application.properties writes them, by the library's artifactId, e.g.
     * libs/rest's CorsSettings (learnpath.cors.origins, which turns CORS on only when it lists origins). An
     * application that depends on the library reads them too. ServiceWiringTest checks each is in the library's
     * sources, so that this list cannot outlive the code.
     */
    static final Map<String, List<String>> LIBRARY_SETTINGS = Map.of("learnpath-rest", List.of("learnpath.cors.origins"));

    private final String service;
    private final String text;
    private final Properties raw;
    private final Map<String, String> prod;

    private ServiceConfig(String service) {
        this.service = service;
        this.text = Repo.read(Repo.ROOT.resolve(service).resolve("src/main/resources/application.properties"));
        this.raw = new Properties();
        try {
            raw.load(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> view = new TreeMap<>();
        for (String key : raw.stringPropertyNames()) {
            if (!key.startsWith("%")) {
                view.putIfAbsent(key, raw.getProperty(key).trim());
            }
        }
        for (String key : raw.stringPropertyNames()) {
            if (key.startsWith("%") && appliesInProduction(key)) {
                view.put(key.substring(key.indexOf('.') + 1), raw.getProperty(key).trim());
            }
        }
        this.prod = Map.copyOf(view);
    }

    static ServiceConfig of(String service) {
        return new ServiceConfig(service);
    }

    String service() {
        return service;
    }

    /** Every key as written, profiles included. */
    Properties raw() {
        return raw;
    }

    /** The properties the prod profile sees. */
    Map<String, String> prod() {
        return prod;
    }

    Optional<String> get(String key) {
        return Optional.ofNullable(prod.get(key));
    }

    String require(String key) {
        return get(key).orElseThrow(() -> new AssertionError(service + " sets no " + key));
    }

    int httpPort() {
        return Integer.parseInt(require("quarkus.http.port"));
    }

    /** The port of the management interface (health, metrics): quarkus.management.port. */
    int managementPort() {
        if (!"true".equals(prod.get("quarkus.management.enabled"))) {
            throw new AssertionError(service + ": quarkus.management.enabled is not true");
        }
        return Integer.parseInt(require("quarkus.management.port"));
    }

    /** Environment variables the prod profile reads as ${NAME} or ${NAME:default}, with their defaults. */
    Map<String, Optional<String>> env() {
        Map<String, Optional<String>> names = new LinkedHashMap<>();
        for (String value : prod.values()) {
            Matcher m = ENV_REFERENCE.matcher(value);
            while (m.find()) {
                names.putIfAbsent(m.group(1), Optional.ofNullable(m.group(2)));
            }
        }
        return names;
    }

    /** Whether the environment variable is the Quarkus form of a property the service sets (QUARKUS_HTTP_PORT). */
    boolean isPropertyOverride(String envName) {
        return prod.keySet().stream().anyMatch(key -> envForm(key).equals(envName));
    }

    /** Whether the environment variable is the form of a setting a library of the application reads. */
    boolean isLibrarySetting(String envName) {
        String pom = Repo.read(Repo.ROOT.resolve(service).resolve("pom.xml"));
        return LIBRARY_SETTINGS.entrySet().stream()
                .filter(e -> pom.contains("<artifactId>" + e.getKey() + "</artifactId>"))
                .flatMap(e -> e.getValue().stream()).anyMatch(key -> envForm(key).equals(envName));
    }

    /** MicroProfile Config's environment-variable form of a property name. */
    static String envForm(String key) {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(java.util.Locale.ROOT);
    }

    /** Outbox settings per topic: topic -> attribute -> value (partitions, compacted, retention, ...). */
    Map<String, Map<String, String>> outboxTopics() {
        Map<String, Map<String, String>> topics = new TreeMap<>();
        prod.forEach((key, value) -> {
            Matcher m = OUTBOX_TOPIC.matcher(key);
            if (m.matches()) {
                topics.computeIfAbsent(m.group(1), t -> new TreeMap<>()).put(m.group(2), value);
            }
        });
        return topics;
    }

    /**
     * What the service does on Kafka, from its configuration: the topics it writes and reads, and the consumer
     * groups it joins.
     *
     * <ul>
     * <li>The outbox relay (libs/outbox) writes every topic under learnpath.outbox.topics. It first describes a
     * topic and asks to create it only when it is missing (OutboxPublisher): with every topic declared as a
     * KafkaTopic, it needs Write and Describe, never Create.
     * <li>Reactive-messaging channels: an incoming channel reads its topic in its group.id (by default the
     * application's name) and writes its dead-letter topic when its failure strategy sends records there; an
     * outgoing channel writes its topic (by default the channel's name).
     * <li>Clients the service makes itself, named learnpath.&lt;area&gt;.&lt;client&gt;.topic, .group-id and
     * .dead-letter-topic.
     * </ul>
     */
    KafkaUsage kafka() {
        Set<String> writes = new LinkedHashSet<>(outboxTopics().keySet());
        Set<String> reads = new LinkedHashSet<>();
        Set<String> groups = new LinkedHashSet<>();

        Map<String, Map<String, String>> channels = new TreeMap<>();
        prod.forEach((key, value) -> {
            Matcher m = CHANNEL.matcher(key);
            if (m.matches()) {
                channels.computeIfAbsent(m.group(1) + "." + m.group(2), c -> new TreeMap<>()).put(m.group(3), value);
            }
        });
        String defaultConnector = prod.get("mp.messaging.connector");
        channels.forEach((channel, settings) -> {
            String connector = settings.getOrDefault("connector", defaultConnector);
            if (!"smallrye-kafka".equals(connector)) {
                return;
            }
            String name = channel.substring(channel.indexOf('.') + 1);
            String topic = settings.getOrDefault("topic", name);
            if (channel.startsWith("incoming.")) {
                reads.add(topic);
                groups.add(settings.getOrDefault("group.id",
                        prod.getOrDefault("kafka.group.id", require("quarkus.application.name"))));
                String strategy = settings.getOrDefault("failure-strategy", "fail");
                if (strategy.contains("dead-letter-queue")) {
                    writes.add(settings.getOrDefault("dead-letter-queue.topic", "dead-letter-topic-" + topic));
                }
            } else {
                writes.add(topic);
            }
        });
        prod.forEach((key, value) -> {
            Matcher m = OWN_CLIENT.matcher(key);
            if (m.matches()) {
                switch (m.group(2)) {
                    case "topic" -> reads.add(value);
                    case "group-id" -> groups.add(value);
                    default -> writes.add(value);
                }
            }
        });
        return new KafkaUsage(Set.copyOf(writes), Set.copyOf(reads), Set.copyOf(groups));
    }

    /** Topics and groups one service uses. */
    record KafkaUsage(Set<String> writes, Set<String> reads, Set<String> groups) {
        Set<String> topics() {
            Set<String> all = new LinkedHashSet<>(writes);
            all.addAll(reads);
            return all;
        }
    }

    /** Whether a key is read in the prod profile: no profile, or one of its profiles is prod. */
    static boolean appliesInProduction(String key) {
        if (!key.startsWith("%")) {
            return true;
        }
        String profiles = key.substring(1, key.indexOf('.'));
        return List.of(profiles.split(",")).contains("prod");
    }
}
