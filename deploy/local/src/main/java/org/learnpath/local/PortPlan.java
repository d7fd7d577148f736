package org.learnpath.local;

import java.util.List;

/**
 * Every port a {@link LocalSystem} listens on. {@link #defaults()} are the launcher's documented fixed ports;
 * {@link #fromBase(int)} lays out {@link #SIZE} consecutive ports, so that a second system (the end-to-end tests)
 * can run beside a developer's {@code ./run-local.sh}. Each service and the portal have two: the API (the portal's
 * pages), and the management interface (health and metrics), which Quarkus serves on a port of its own.
 */
public record PortPlan(int postgres, int kafka, int kafkaController, int keycloak, int keycloakManagement,
                       int catalog, int assessment, int recommender,
                       int catalogManagement, int assessmentManagement, int recommenderManagement,
                       int portal, int portalManagement) {

    /** How many consecutive ports {@link #fromBase(int)} uses. */
    public static final int SIZE = 13;

    public PortPlan {
        List<Integer> all = List.of(postgres, kafka, kafkaController, keycloak, keycloakManagement, catalog,
                assessment, recommender, catalogManagement, assessmentManagement, recommenderManagement, portal,
                portalManagement);
        for (int port : all) {
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("port out of range: " + port);
            }
        }
        for (int i = 0; i < all.size(); i++) {
            if (all.indexOf(all.get(i)) != i) {
                throw new IllegalArgumentException("port " + all.get(i) + " is planned twice");
            }
        }
    }

    /**
     * The launcher's ports: PostgreSQL 15432, Kafka 19092 (controller 19093), Keycloak 8180 (health 9180), services
     * 8081-8083 (health and metrics 9081-9083, their quarkus.management.port defaults), portal 8084 (9084).
     */
    public static PortPlan defaults() {
        return new PortPlan(15432, 19092, 19093, 8180, 9180, 8081, 8082, 8083, 9081, 9082, 9083, 8084, 9084);
    }

    /**
     * Keycloak {@code base}, its management port {@code base+1}, Kafka +2 and +3, PostgreSQL +4, the services +5 to
     * +7, their management interfaces +8 to +10, the portal +11 and its management interface +12.
     */
    public static PortPlan fromBase(int base) {
        if (base < 1024 || base + SIZE - 1 > 65535) {
            throw new IllegalArgumentException("port base out of range: " + base);
        }
        return new PortPlan(base + 4, base + 2, base + 3, base, base + 1, base + 5, base + 6, base + 7,
                base + 8, base + 9, base + 10, base + 11, base + 12);
    }

    public PortPlan withPostgres(int port) {
        return new PortPlan(port, kafka, kafkaController, keycloak, keycloakManagement, catalog, assessment,
                recommender, catalogManagement, assessmentManagement, recommenderManagement, portal, portalManagement);
    }

    /**
     * The HTTP port of a service ({@link LocalSystem#CATALOG}, {@link LocalSystem#ASSESSMENT},
     * {@link LocalSystem#RECOMMENDER}) or of the portal ({@link LocalSystem#PORTAL}).
     */
    public int service(String name) {
        return switch (name) {
            case LocalSystem.CATALOG -> catalog;
            case LocalSystem.ASSESSMENT -> assessment;
            case LocalSystem.RECOMMENDER -> recommender;
            case LocalSystem.PORTAL -> portal;
            default -> throw new IllegalArgumentException("unknown service " + name);
        };
    }

    /** The port of a service's management interface: /q/health and /q/metrics. */
    public int management(String name) {
        return switch (name) {
            case LocalSystem.CATALOG -> catalogManagement;
            case LocalSystem.ASSESSMENT -> assessmentManagement;
            case LocalSystem.RECOMMENDER -> recommenderManagement;
            case LocalSystem.PORTAL -> portalManagement;
            default -> throw new IllegalArgumentException("unknown service " + name);
        };
    }

    public List<Integer> all() {
        return List.of(postgres, kafka, kafkaController, keycloak, keycloakManagement, catalog, assessment, recommender,
                catalogManagement, assessmentManagement, recommenderManagement, portal, portalManagement);
    }

    /** Whether nothing listens on any of these ports right now (a hint only: another program may take one later). */
    public boolean allFree() {
        return all().stream().allMatch(Ports::isFree);
    }
}
