package org.learnpath.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.learnpath.deploy.KustomizeOutput.Resource;

/**
 * Every connection pool at its largest fits PostgreSQL's max_connections, which each overlay sets explicitly: for
 * the three services and Keycloak, (replicas + surge) x pool maximum, plus 10 for migrations and admin sessions,
 * must stay within max_connections - 3 (superuser_reserved_connections). A Deployment's surge is its
 * rollingUpdate.maxSurge, the extra pod a rollout adds with a full pool. Keycloak is a StatefulSet the operator
 * updates without surge, but the operator's realm-import Job starts one more Keycloak with the same pool, so it
 * counts one extra instance. docs/sizing.md writes the same arithmetic down.
 */
class ConnectionBudgetTest {

    static final int RESERVED_FOR_MIGRATIONS_AND_ADMIN = 10;
    static final int SUPERUSER_RESERVED = 3;
    private static final Pattern MAX_CONNECTIONS = Pattern.compile("max_connections=(\\d+)");

    record Pool(String owner, int instances, int maxSize) {
        int connections() {
            return instances * maxSize;
        }

        @Override
        public String toString() {
            return owner + " " + instances + " x " + maxSize + " = " + connections();
        }
    }

    static int maxConnections(KustomizeOutput output) {
        Resource postgres = output.get("StatefulSet", "postgres");
        JsonNode container = Tree.list(Workloads.podSpec(postgres).path("containers")).stream()
                .filter(c -> "postgres".equals(Tree.text(c.path("name")))).findFirst().orElseThrow();
        List<String> args = new ArrayList<>();
        Tree.list(container.path("command")).forEach(a -> args.add(a.asText()));
        Tree.list(container.path("args")).forEach(a -> args.add(a.asText()));
        OptionalInt value = OptionalInt.empty();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String setting = arg.equals("-c") && i + 1 < args.size() ? args.get(i + 1)
                    : arg.startsWith("-c") ? arg.substring(2) : null;
            Matcher m = setting == null ? null : MAX_CONNECTIONS.matcher(setting.trim());
            if (m != null && m.matches()) {
                value = OptionalInt.of(Integer.parseInt(m.group(1)));
            }
        }
        return value.orElseThrow(() -> new AssertionError(output + ": the postgres container sets no"
                + " -c max_connections=N (PostgreSQL's default of 100 is not a budget anyone chose)"));
    }

    static List<Pool> pools(KustomizeOutput output) {
        List<Pool> pools = new ArrayList<>();
        for (String service : Repo.SERVICES) {
            Resource deployment = Workloads.deployment(output, service);
            JsonNode rolling = deployment.at("/spec/strategy/rollingUpdate");
            assertThat(Tree.text(deployment.at("/spec/strategy/type"))).as("%s: %s strategy", output, service)
                    .isIn(null, "RollingUpdate");
            assertThat(rolling.path("maxSurge").isInt()).as("%s: %s maxSurge must be a number of pods, not a"
                    + " percentage", output, service).isTrue();
            assertThat(rolling.path("maxUnavailable").isInt() && rolling.path("maxUnavailable").asInt() == 0)
                    .as("%s: %s maxUnavailable 0", output, service).isTrue();
            String size = Workloads.value(output, Workloads.container(output, service),
                    "QUARKUS_DATASOURCE_JDBC_MAX_SIZE").orElseThrow(() -> new AssertionError(output + ": " + service
                    + " sets no QUARKUS_DATASOURCE_JDBC_MAX_SIZE"));
            pools.add(new Pool(service, Workloads.maxReplicas(output, deployment) + rolling.path("maxSurge").asInt(),
                    Integer.parseInt(size.trim())));
        }
        for (Resource keycloak : output.ofKind("Keycloak")) {
            JsonNode poolMax = keycloak.at("/spec/db/poolMaxSize");
            assertThat(poolMax.isInt()).as("%s: Keycloak %s spec.db.poolMaxSize", output, keycloak.name()).isTrue();
            pools.add(new Pool("keycloak", keycloak.spec().path("instances").asInt(1) + 1, poolMax.asInt()));
        }
        return pools;
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void poolsFitMaxConnections(Overlay overlay) {
        KustomizeOutput output = overlay.output();
        int maxConnections = maxConnections(output);
        List<Pool> pools = pools(output);
        assertThat(pools).extracting(Pool::owner).contains("keycloak");
        int total = pools.stream().mapToInt(Pool::connections).sum() + RESERVED_FOR_MIGRATIONS_AND_ADMIN;
        assertThat(total).as("%s: %s + %d = %d connections against max_connections %d - %d", overlay, pools,
                RESERVED_FOR_MIGRATIONS_AND_ADMIN, total, maxConnections, SUPERUSER_RESERVED)
                .isLessThanOrEqualTo(maxConnections - SUPERUSER_RESERVED);
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void docsSizingStatesTheOverlaysMaxConnections(Overlay overlay) {
        String sizing = Repo.read(Repo.ROOT.resolve("docs/sizing.md"));
        assertThat(sizing).as("docs/sizing.md for %s", overlay)
                .contains("max_connections=" + maxConnections(overlay.output()));
    }
}
