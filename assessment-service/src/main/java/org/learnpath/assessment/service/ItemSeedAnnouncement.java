package org.learnpath.assessment.service;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.jboss.logging.Logger;
import org.learnpath.assessment.model.Item;
import org.learnpath.assessment.model.ItemStatus;
import org.learnpath.outbox.OneTimePublications;

/**
 * Announces the published and retired items once, the first time the service starts on a database: the
 * seeded item bank comes from migrations, which write no events, yet consumers must be able to rebuild the
 * whole bank from the topic. Later changes made through the API announce themselves (see {@link ItemEvents}); a migration
 * that changes the seed renames {@link #MARKER}.
 */
@ApplicationScoped
public class ItemSeedAnnouncement {

    /**
     * Renamed whenever a migration changes the seeded bank, or item events gain a field consumers need for items
     * announced before (v2: the rewrite of issue 28, V10 onwards; v3: the guessing floor of item events' revision 1.2):
     * a database that announced an earlier snapshot announces the bank again, and consumers keep each item's newest
     * version, taking an equal one again.
     */
    public static final String MARKER = "item-snapshot-v3";
    private static final Logger LOG = Logger.getLogger(ItemSeedAnnouncement.class);

    private final ItemEvents events;
    private final OneTimePublications publications;

    public ItemSeedAnnouncement(ItemEvents events, OneTimePublications publications) {
        this.events = events;
        this.publications = publications;
    }

    void onStart(@Observes StartupEvent event) {
        publications.runOnce(MARKER, this::publish);
    }

    private void publish() {
        // Skills in the same query: one select for the bank rather than one more per item (Hibernate returns
        // each item once despite the join).
        List<Item> items = Item.<Item>find("from Item i left join fetch i.skillCodes where i.status in ?1",
                List.of(ItemStatus.PUBLISHED, ItemStatus.RETIRED)).list();
        items.forEach(events::announce);
        LOG.infof("Queued the item bank snapshot: %d published or retired items", items.size());
    }
}
