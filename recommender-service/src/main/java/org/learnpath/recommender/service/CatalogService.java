package org.learnpath.recommender.service;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import org.learnpath.events.catalog.CatalogEvent;
import org.learnpath.events.item.ItemEvent;
import org.learnpath.recommender.repository.CatalogRepository;

/**
 * Holds the in-memory {@link Catalog} every recommendation is computed from, so that planning needs neither a
 * query nor a call to the catalog service. The replicas bump a revision in the database; each instance checks it
 * every second and rebuilds when it moved, so a catalog change reaches every instance within about a second.
 */
@ApplicationScoped
public class CatalogService {

    private static final Logger LOG = Logger.getLogger(CatalogService.class);

    private final CatalogRepository repository;
    private volatile Catalog current = Catalog.empty();

    public CatalogService(CatalogRepository repository) {
        this.repository = repository;
    }

    void onStart(@Observes StartupEvent event) {
        refresh();
    }

    public Catalog current() {
        return current;
    }

    @Scheduled(every = "1s", delayed = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        refresh();
    }

    /**
     * Stores a catalog change received from the catalog topic, in the caller's transaction: upserts keep the highest
     * version and a deletion removes only a copy that is not newer, so a redelivery is harmless. This instance's view
     * follows within a second (see {@link #poll}), like every other instance's.
     */
    public void applyReplicated(CatalogEvent event) {
        repository.apply(event);
    }

    /** Stores an item change received from the item topic, like {@link #applyReplicated(CatalogEvent)}. */
    public void applyReplicated(ItemEvent event) {
        repository.apply(event);
    }

    /** Rebuilds the view if the stored catalog moved on; returns the view in use afterwards. */
    public synchronized Catalog refresh() {
        try {
            repository.loadIfChanged(current.revision()).ifPresent(data -> current = Catalog.of(data));
        } catch (RuntimeException e) {
            // A half-received catalog can be inconsistent (e.g. a cycle between old and new versions): keep serving
            // the last good view until the next revision.
            LOG.warnf("Catalog view not rebuilt, keeping revision %d: %s", current.revision(), e.getMessage());
        }
        return current;
    }
}
