package org.learnpath.assessment.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.learnpath.assessment.model.CatalogModule;
import org.learnpath.assessment.model.CatalogSkill;
import org.learnpath.events.EventJson;
import org.learnpath.events.catalog.CatalogEvent;
import org.learnpath.events.catalog.CatalogTopic;

/**
 * Keeps this service's copy of catalog skills and modules from the compacted catalog topic, so that item
 * validation and module sessions never call the catalog. Applying a record is idempotent (upsert by key,
 * older versions ignored), so redelivery after a crash is harmless.
 */
@ApplicationScoped
public class CatalogReplica {

    private static final Logger LOG = Logger.getLogger(CatalogReplica.class);

    @Incoming("catalog")
    @Blocking(ordered = true)
    @Transactional
    public void apply(ConsumerRecord<String, String> record) {
        String key = record.key();
        if (key == null) {
            throw new IllegalArgumentException("Catalog record without key at offset " + record.offset());
        }
        if (record.value() == null) {
            if (key.startsWith(CatalogTopic.SKILL_PREFIX)) {
                CatalogSkill.deleteById(key.substring(CatalogTopic.SKILL_PREFIX.length()));
            } else if (key.startsWith(CatalogTopic.MODULE_PREFIX)) {
                CatalogModule.deleteById(key.substring(CatalogTopic.MODULE_PREFIX.length()));
            }
            return;
        }
        CatalogEvent event = EventJson.read(record.value(), CatalogEvent.class);
        switch (event.type()) {
            case SKILL_UPSERTED -> upsert(event.skill());
            case MODULE_UPSERTED -> upsert(event.module());
            case GOAL_UPSERTED -> {
                // Goals do not matter for assessment.
            }
            default -> LOG.debugf("Ignoring catalog event %s", event.type());
        }
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
