package org.learnpath.assessment.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.learnpath.assessment.model.CatalogModule;
import org.learnpath.assessment.model.CatalogSkill;
import org.learnpath.events.catalog.CatalogEvent;
import org.learnpath.messaging.ContractReader;
import org.learnpath.messaging.MessagingConfig;
import org.learnpath.messaging.ReplicaApplier;

/**
 * Keeps this service's copy of the catalog's skills and modules (nothing else of it) from the compacted catalog
 * topic, so that item validation and module sessions never call the catalog. Applying a record is idempotent (upsert
 * by key, older versions ignored, a deletion only of a copy that is not newer), so redelivery after a crash is
 * harmless.
 * <p>
 * A record is checked against the contract (schema, key) before anything is written; one that breaks it is
 * dead-lettered (channel failure strategy). The write itself is retried in place while the database fails
 * ({@link ReplicaApplier}). A null value is not a catalog record and changes nothing.
 */
@ApplicationScoped
public class SkillModuleReplica {

    static final String REPLICA = "catalog";

    private final ReplicaApplier applier;
    private final ContractReader<CatalogEvent> reader;

    public SkillModuleReplica(ReplicaApplier applier, MessagingConfig config) {
        this.applier = applier;
        this.reader = new ContractReader<>(CatalogEvent.class, CatalogEvent.SCHEMA_RESOURCE, config.maxValueBytes());
    }

    @Incoming("catalog")
    @Blocking(ordered = true)
    public void apply(ConsumerRecord<String, String> record) {
        applier.applyEvent(REPLICA, record, reader, CatalogEvent::key, event -> {
            switch (event.type()) {
                case SKILL_UPSERTED -> upsert(event.skill());
                case MODULE_UPSERTED -> upsert(event.module());
                case SKILL_DELETED -> CatalogSkill.delete("code = ?1 and version <= ?2", event.deleted().id(),
                        event.deleted().version());
                case MODULE_DELETED -> CatalogModule.delete("slug = ?1 and version <= ?2", event.deleted().id(),
                        event.deleted().version());
                case GOAL_UPSERTED, GOAL_DELETED -> {
                    // Goals do not matter for assessment.
                }
            }
        });
    }

    private static void upsert(CatalogEvent.SkillState s) {
        CatalogSkill skill = CatalogSkill.findById(s.code());
        if (skill == null) {
            skill = new CatalogSkill();
            skill.code = s.code();
        } else if (skill.version > s.version()) {
            return;
        }
        skill.name = s.name();
        skill.area = s.area();
        skill.version = s.version();
        skill.updatedAt = Instant.now();
        skill.persist();
    }

    private static void upsert(CatalogEvent.ModuleState m) {
        CatalogModule module = CatalogModule.findById(m.slug());
        if (module == null) {
            module = new CatalogModule();
            module.slug = m.slug();
        } else if (module.version > m.version()) {
            return;
        }
        module.title = m.title();
        module.skillCodes = m.skills().toArray(String[]::new);
        module.version = m.version();
        module.updatedAt = Instant.now();
        module.persist();
    }
}
