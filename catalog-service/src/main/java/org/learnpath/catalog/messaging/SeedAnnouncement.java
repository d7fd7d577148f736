package org.learnpath.catalog.messaging;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import org.learnpath.catalog.model.Goal;
import org.learnpath.catalog.model.Module;
import org.learnpath.catalog.model.Skill;
import org.learnpath.catalog.service.CatalogEvents;

/**
 * Announces the catalog as it stands once, the first time the service starts on a database: the seeded
 * curriculum comes from migrations, which write no events, yet consumers must be able to rebuild the whole
 * catalog from the topic. Later changes announce themselves.
 */
@ApplicationScoped
public class SeedAnnouncement {

    static final String MARKER = "catalog-snapshot-v1";
    private static final Logger LOG = Logger.getLogger(SeedAnnouncement.class);

    private final CatalogEvents outbox;

    public SeedAnnouncement(CatalogEvents outbox) {
        this.outbox = outbox;
    }

    void onStart(@Observes StartupEvent event) {
        QuarkusTransaction.requiringNew().run(this::publishOnce);
    }

    private void publishOnce() {
        // The marker's primary key makes this once-only even when several instances start together.
        int claimed = Skill.getEntityManager()
                .createNativeQuery("insert into publication_marker (name) values (:name) on conflict do nothing")
                .setParameter("name", MARKER)
                .executeUpdate();
        if (claimed == 0) {
            return;
        }
        var skills = Skill.<Skill>listAll();
        var modules = Module.<Module>listAll();
        var goals = Goal.<Goal>listAll();
        skills.forEach(outbox::skillChanged);
        modules.forEach(outbox::moduleChanged);
        goals.forEach(outbox::goalChanged);
        LOG.infof("Queued the catalog snapshot: %d skills, %d modules, %d goals", skills.size(), modules.size(),
                goals.size());
    }
}
