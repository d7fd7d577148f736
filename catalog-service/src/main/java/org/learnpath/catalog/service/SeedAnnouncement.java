package org.learnpath.catalog.service;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import org.learnpath.catalog.model.Goal;
import org.learnpath.catalog.model.Module;
import org.learnpath.catalog.model.Skill;
import org.learnpath.outbox.OneTimePublications;

/**
 * Announces the catalog as it stands once, the first time the service starts on a database: the seeded
 * curriculum comes from migrations, which write no events, yet consumers must be able to rebuild the whole
 * catalog from the topic. Later changes made through the API announce themselves; a migration that changes the seed
 * renames {@link #MARKER}.
 */
@ApplicationScoped
public class SeedAnnouncement {

    /**
     * Renamed whenever a migration changes the seeded curriculum (v2: V4, the math foundations and prerequisites): a
     * database that announced an earlier snapshot announces the catalog again, and consumers keep each entry's newest
     * version.
     */
    static final String MARKER = "catalog-snapshot-v2";
    private static final Logger LOG = Logger.getLogger(SeedAnnouncement.class);

    private final CatalogEvents outbox;
    private final OneTimePublications publications;

    public SeedAnnouncement(CatalogEvents outbox, OneTimePublications publications) {
        this.outbox = outbox;
        this.publications = publications;
    }

    void onStart(@Observes StartupEvent event) {
        publications.runOnce(MARKER, this::publish);
    }

    private void publish() {
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
