package org.learnpath.local;

import java.util.List;

/**
 * Every port a {@link LocalSystem} listens on. {@link #defaults()} are the launcher's documented fixed ports;
 * {@link #fromBase(int)} lays out eight consecutive ports, so that a second system (the end-to-end tests) can run
 * beside a developer's {@code ./run-local.sh}.
 */
public record PortPlan(int postgres, int kafka, int kafkaController, int keycloak, int keycloakManagement,
                       int catalog, int assessment, int recommender) {

    /** How many consecutive ports {@link #fromBase(int)} uses. */
    public static final int SIZE = 8;

    public PortPlan {
        for (int port : List.of(postgres, kafka, kafkaController, keycloak, keycloakManagement, catalog, assessment,
                recommender)) {
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("port out of range: " + port);
            }
        }
    }

    /** The launcher's ports: PostgreSQL 15432, Kafka 19092 (controller 19093), Keycloak 8180 (health 9180), services 8081-8083. */
    public static PortPlan defaults() {
        return new PortPlan(15432, 19092, 19093, 8180, 9180, 8081, 8082, 8083);
    }

    /** Keycloak {@code base}, its management port {@code base+1}, Kafka +2 and +3, PostgreSQL +4, the services +5 to +7. */
    public static PortPlan fromBase(int base) {
        if (base < 1024 || base + SIZE - 1 > 65535) {
            throw new IllegalArgumentException("port base out of range: " + base);
        }
        return new PortPlan(base + 4, base + 2, base + 3, base, base + 1, base + 5, base + 6, base + 7);
    }

    public PortPlan withPostgres(int port) {
        return new PortPlan(port, kafka, kafkaController, keycloak, keycloakManagement, catalog, assessment, recommender);
    }

    /** The HTTP port of a service ({@link LocalSystem#CATALOG}, {@link LocalSystem#ASSESSMENT}, {@link LocalSystem#RECOMMENDER}). */
    public int service(String name) {
        return switch (name) {
            case LocalSystem.CATALOG -> catalog;
            case LocalSystem.ASSESSMENT -> assessment;
            case LocalSystem.RECOMMENDER -> recommender;
            default -> throw new IllegalArgumentException("unknown service " + name);
        };
    }

    public List<Integer> all() {
        return List.of(postgres, kafka, kafkaController, keycloak, keycloakManagement, catalog, assessment, recommender);
    }

    /** Whether nothing listens on any of these ports right now (a hint only: another program may take one later). */
    public boolean allFree() {
        return all().stream().allMatch(Ports::isFree);
    }
}
