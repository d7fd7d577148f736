package org.learnpath.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.learnpath.deploy.KustomizeOutput.Resource;
import org.learnpath.deploy.ServiceConfig.KafkaUsage;

/**
 * Each service's KafkaUser allows exactly what its application.properties (prod profile) uses, derived by
 * {@link ServiceConfig#kafka()}: Write and Describe on the topics it writes (outbox and dead-letter topics), Read
 * and Describe on the topics it reads, Read on its consumer groups. A missing right fails the service at run time;
 * an extra one is a door nobody needs. Every topic a service uses exists as a KafkaTopic, so no service ever needs
 * to create one.
 */
class KafkaAclTest {

    /** The services: the portal has no Kafka client. */
    static Stream<Arguments> users() {
        return ServiceWiringTest.serviceContainers();
    }

    @ParameterizedTest
    @MethodSource("users")
    void aclsAreExactlyWhatTheServiceUses(Overlay overlay, String service) {
        Resource user = overlay.output().get("KafkaUser", service);
        assertThat(Tree.text(user.at("/metadata/labels/strimzi.io~1cluster"))).isEqualTo(KafkaTest.CLUSTER);
        assertThat(Tree.text(user.at("/spec/authentication/type"))).as("%s: %s authentication", overlay, service)
                .isEqualTo("scram-sha-512");
        assertThat(Tree.text(user.at("/spec/authorization/type"))).as("%s: %s authorization", overlay, service)
                .isEqualTo("simple");

        Set<String> granted = new TreeSet<>();
        for (JsonNode acl : Tree.list(user.at("/spec/authorization/acls"))) {
            String type = Tree.text(acl.at("/resource/type"));
            String name = Tree.text(acl.at("/resource/name"));
            assertThat(acl.at("/resource/patternType").asText("literal")).as("%s: %s ACL on %s", overlay, service, name)
                    .isEqualTo("literal");
            assertThat(acl.path("type").asText("allow")).as("%s: %s ACL type", overlay, service).isEqualTo("allow");
            assertThat(acl.path("host").asText("*")).isEqualTo("*");
            assertThat(name).as("%s: %s ACL resource name", overlay, service).isNotBlank().doesNotContain("*");
            for (JsonNode operation : Tree.list(acl.path("operations"))) {
                assertThat(granted.add(type + " " + name + " " + operation.asText()))
                        .as("%s: %s grants %s %s %s twice", overlay, service, type, name, operation.asText()).isTrue();
            }
        }
        assertThat(granted).as("%s: KafkaUser %s ACLs (missing or extra)", overlay, service)
                .containsExactlyInAnyOrderElementsOf(needed(ServiceConfig.of(service).kafka()));
    }

    @ParameterizedTest
    @MethodSource("users")
    void everyTopicTheServiceUsesIsDeclared(Overlay overlay, String service) {
        KafkaUsage usage = ServiceConfig.of(service).kafka();
        assertThat(usage.topics()).as("%s uses topics", service).isNotEmpty();
        assertThat(KafkaTest.topics(overlay.output()).keySet()).as("%s: KafkaTopics for %s", overlay, service)
                .containsAll(usage.topics());
    }

    /** The derivation itself, on the services as they are: what the architecture says each one does. */
    @org.junit.jupiter.api.Test
    void theUsageDerivedFromTheConfigurationIsTheArchitectures() {
        assertThat(ServiceConfig.of("catalog-service").kafka()).isEqualTo(new KafkaUsage(
                Set.of("learnpath.catalog.v1"), Set.of(), Set.of()));
        assertThat(ServiceConfig.of("assessment-service").kafka()).isEqualTo(new KafkaUsage(
                Set.of("learnpath.answers.v1", "learnpath.items.v1", "learnpath.catalog.v1.dlq.assessment"),
                Set.of("learnpath.catalog.v1"), Set.of("assessment-service.catalog")));
        assertThat(ServiceConfig.of("recommender-service").kafka()).isEqualTo(new KafkaUsage(
                Set.of("learnpath.paths.v1", "learnpath.progress.v1", "learnpath.answers.v1.dlq.recommender",
                        "learnpath.catalog.v1.dlq.recommender", "learnpath.items.v1.dlq.recommender"),
                Set.of("learnpath.answers.v1", "learnpath.catalog.v1", "learnpath.items.v1"),
                Set.of("recommender-service.answers", "recommender-service.catalog", "recommender-service.items")));
    }

    static List<String> needed(KafkaUsage usage) {
        Set<String> needed = new TreeSet<>();
        usage.writes().forEach(t -> needed.addAll(List.of("topic " + t + " Write", "topic " + t + " Describe")));
        usage.reads().forEach(t -> needed.addAll(List.of("topic " + t + " Read", "topic " + t + " Describe")));
        usage.groups().forEach(g -> needed.add("group " + g + " Read"));
        return List.copyOf(needed);
    }
}
