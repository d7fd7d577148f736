package org.learnpath.testinfra;

import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.resource.ResourceType;

/**
 * What each service may do on Kafka: the ACLs of its KafkaUser in deploy/kubernetes, which the secured-broker tests
 * grant and nothing more. Topics it writes get Write and Describe, topics it reads Read and Describe, its consumer
 * groups Read. No Create (the cluster's KafkaTopic resources make the topics), no cluster operation, no wildcard.
 */
public record ServiceKafkaAccess(String user, List<String> writes, List<String> reads, List<String> groups) {

    public static final ServiceKafkaAccess CATALOG = new ServiceKafkaAccess("catalog-service",
            List.of("learnpath.catalog.v1"), List.of(), List.of());

    public static final ServiceKafkaAccess ASSESSMENT = new ServiceKafkaAccess("assessment-service",
            List.of("learnpath.answers.v1", "learnpath.items.v1", "learnpath.catalog.v1.dlq.assessment"),
            List.of("learnpath.catalog.v1"),
            List.of("assessment-service.catalog"));

    public static final ServiceKafkaAccess RECOMMENDER = new ServiceKafkaAccess("recommender-service",
            List.of("learnpath.paths.v1", "learnpath.progress.v1", "learnpath.answers.v1.dlq.recommender",
                    "learnpath.catalog.v1.dlq.recommender", "learnpath.items.v1.dlq.recommender"),
            List.of("learnpath.answers.v1", "learnpath.catalog.v1", "learnpath.items.v1"),
            List.of("recommender-service.answers", "recommender-service.catalog", "recommender-service.items"));

    public static ServiceKafkaAccess of(String service) {
        return java.util.stream.Stream.of(CATALOG, ASSESSMENT, RECOMMENDER).filter(a -> a.user().equals(service))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("No service " + service));
    }

    /** The topics as the KafkaTopic resources of deploy/kubernetes make them (one broker here: one replica). */
    public static List<NewTopic> topics() {
        return List.of(
                compacted(new NewTopic("learnpath.catalog.v1", 3, (short) 1)),
                new NewTopic("learnpath.answers.v1", 6, (short) 1),
                compacted(new NewTopic("learnpath.items.v1", 3, (short) 1)),
                new NewTopic("learnpath.paths.v1", 6, (short) 1),
                new NewTopic("learnpath.progress.v1", 6, (short) 1),
                new NewTopic("learnpath.answers.v1.dlq.recommender", 1, (short) 1),
                new NewTopic("learnpath.catalog.v1.dlq.assessment", 1, (short) 1),
                new NewTopic("learnpath.catalog.v1.dlq.recommender", 1, (short) 1),
                new NewTopic("learnpath.items.v1.dlq.recommender", 1, (short) 1));
    }

    public List<AclBinding> acls() {
        List<AclBinding> acls = new ArrayList<>();
        for (String topic : writes) {
            acls.add(SecuredKafkaBroker.allow(user, ResourceType.TOPIC, topic, AclOperation.WRITE));
            acls.add(SecuredKafkaBroker.allow(user, ResourceType.TOPIC, topic, AclOperation.DESCRIBE));
        }
        for (String topic : reads) {
            acls.add(SecuredKafkaBroker.allow(user, ResourceType.TOPIC, topic, AclOperation.READ));
            acls.add(SecuredKafkaBroker.allow(user, ResourceType.TOPIC, topic, AclOperation.DESCRIBE));
        }
        for (String group : groups) {
            acls.add(SecuredKafkaBroker.allow(user, ResourceType.GROUP, group, AclOperation.READ));
        }
        return acls;
    }

    /** Creates the user on the broker with exactly these ACLs. */
    public void grantOn(SecuredKafkaBroker broker) {
        broker.createUser(user);
        broker.grant(acls());
    }

    private static NewTopic compacted(NewTopic topic) {
        return topic.configs(java.util.Map.of("cleanup.policy", "compact"));
    }
}
