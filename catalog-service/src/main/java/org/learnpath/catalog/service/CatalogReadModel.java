package org.learnpath.catalog.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import org.learnpath.catalog.config.CatalogConfig;
import org.learnpath.catalog.model.Goal;
import org.learnpath.catalog.model.Module;
import org.learnpath.catalog.model.Skill;
import org.learnpath.catalog.repository.CatalogRevision;

/**
 * Keeps the current {@link CatalogSnapshot}. Every write bumps the catalog revision in its transaction
 * and rebuilds the snapshot right after commit, so an author reads back what they wrote; other instances
 * notice the new revision within {@code learnpath.catalog.read-model.refresh-interval}.
 */
@ApplicationScoped
public class CatalogReadModel {

    private static final Logger LOG = Logger.getLogger(CatalogReadModel.class);
    private static final Object REFRESH_REGISTERED = new Object();

    private final TransactionSynchronizationRegistry transactions;
    private final CatalogRevision revision;
    private final CatalogConfig config;
    private volatile CatalogSnapshot current;
    private ScheduledExecutorService poller;

    public CatalogReadModel(TransactionSynchronizationRegistry transactions, CatalogRevision revision,
            CatalogConfig config) {
        this.transactions = transactions;
        this.revision = revision;
        this.config = config;
    }

    void start(@Observes StartupEvent event) {
        refresh();
        poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "catalog-read-model");
            t.setDaemon(true);
            return t;
        });
        long every = config.readModel().refreshInterval().toMillis();
        poller.scheduleWithFixedDelay(this::refreshIfChanged, every, every, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (poller != null) {
            poller.shutdownNow();
        }
    }

    /** Never blocks: reads are served on the event loop. */
    public CatalogSnapshot current() {
        CatalogSnapshot snapshot = current;
        if (snapshot == null) {
            throw new org.learnpath.rest.ProblemException(org.learnpath.rest.ProblemType.HTTP, 503,
                    "The catalog is still loading; retry in a moment");
        }
        return snapshot;
    }

    /** Called inside a write transaction: records the change and schedules a rebuild once it commits. */
    public void changed() {
        revision.bump();
        if (transactions.getResource(REFRESH_REGISTERED) == null) {
            transactions.putResource(REFRESH_REGISTERED, Boolean.TRUE);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        refresh();
                    }
                }
            });
        }
    }

    private void refreshIfChanged() {
        try {
            long stored = QuarkusTransaction.requiringNew().call(revision::current);
            CatalogSnapshot snapshot = current;
            if (snapshot == null || snapshot.revision() != stored) {
                refresh();
            }
        } catch (RuntimeException e) {
            LOG.warnf("Catalog read model not refreshed: %s", e.getMessage());
        }
    }

    /** Rebuilds from the database; a snapshot never goes back to an older revision. */
    public synchronized void refresh() {
        CatalogSnapshot fresh = QuarkusTransaction.requiringNew().call(() -> {
            long at = revision.current();
            List<SkillView> skills = Skill.<Skill>listAll().stream().map(SkillView::of).toList();
            List<ModuleView> modules = Module.<Module>listAll().stream().map(ModuleView::of).toList();
            List<GoalView> goals = Goal.<Goal>listAll().stream().map(GoalView::of).toList();
            return new CatalogSnapshot(at, skills, modules, goals);
        });
        if (current == null || fresh.revision() >= current.revision()) {
            current = fresh;
        }
    }
}
