package org.learnpath.assessment.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;
import org.learnpath.assessment.config.AssessmentConfig;
import org.learnpath.assessment.model.Item;
import org.learnpath.assessment.repository.ItemVersions;

/**
 * Items as grading sees them, kept in memory: every answer reads its item, and items change rarely. Reading the
 * entity for each answer, even from Hibernate's second-level cache, took about 40% of the answer writer's CPU.
 *
 * <p>An edit made here is seen by the next answer: {@link #forget} drops the item once the editing transaction
 * has ended. An edit made through another instance of the service is seen within
 * {@code learnpath.assessment.items.refresh-after}, however often the item is read, since an entry is reloaded
 * that long after it was last known to be current. Every {@code learnpath.assessment.items.verify-every}, one query
 * reads the stored version of every remembered item: an unchanged item counts as current again, a changed one is
 * dropped. So a busy instance does not read its items again and again: reloading each answered item once per
 * refresh period cost a full entity read, several queries, for about one answer in five at 200 answers/s over 200
 * items. If the check cannot run, entries age out and are read again, as before it.
 */
@ApplicationScoped
public class ItemSnapshots {

    private static final Logger LOG = Logger.getLogger(ItemSnapshots.class);
    /** Ids per version query. */
    private static final int CHECKED_PER_QUERY = 1_000;

    /** An item as loaded, and the latest moment (System.nanoTime) it was known to be the stored version. */
    private record Entry(GradedItem item, long currentAt) {
    }

    private final ConcurrentHashMap<UUID, Entry> entries = new ConcurrentHashMap<>();
    /** Counts forgets: a load that overlapped one may hold the state from before the edit, and is not kept. */
    private final AtomicLong forgets = new AtomicLong();
    private final AssessmentConfig.Items config;
    private final TransactionSynchronizationRegistry transactions;
    private final ItemVersions versions;
    private final Counter loads;

    ItemSnapshots(AssessmentConfig config, TransactionSynchronizationRegistry transactions, ItemVersions versions,
            MeterRegistry registry) {
        this.config = config.items();
        this.transactions = transactions;
        this.versions = versions;
        this.loads = Counter.builder("learnpath.assessment.items.loaded")
                .description("Items read from the database for grading (the rest came from memory)")
                .register(registry);
    }

    /** The item as stored (drafts and retired items included), or empty when there is none with this id. */
    public Optional<GradedItem> find(UUID id) {
        long now = System.nanoTime();
        Entry entry = entries.get(id);
        if (entry != null && now - entry.currentAt() < config.refreshAfter().toNanos()) {
            return Optional.of(entry.item());
        }
        long forgetsBefore = forgets.get();
        Item stored = Item.findById(id);
        loads.increment();
        if (stored == null) {
            // Unknown ids are not remembered: anyone can send any number of them.
            entries.remove(id);
            return Optional.empty();
        }
        GradedItem item = GradedItem.of(stored);
        if (forgets.get() == forgetsBefore && (entry != null || entries.size() < config.maxEntries())) {
            entries.put(id, new Entry(item, now));
        }
        return Optional.of(item);
    }

    /**
     * Marks every remembered item whose stored version is still the one remembered as current as of the start of the
     * check, and drops the others. An edit committed after the check read its row is caught by the next check, or by
     * the entry's age: either way within refresh-after of the edit.
     */
    @Scheduled(every = "${learnpath.assessment.items.verify-every}",
            delayed = "${learnpath.assessment.items.verify-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void verify() {
        if (entries.isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        List<UUID> ids = new ArrayList<>(entries.keySet());
        try {
            for (int from = 0; from < ids.size(); from += CHECKED_PER_QUERY) {
                List<UUID> chunk = ids.subList(from, Math.min(ids.size(), from + CHECKED_PER_QUERY));
                Map<UUID, Long> stored = versions.of(chunk);
                for (UUID id : chunk) {
                    Entry entry = entries.get(id);
                    if (entry == null) {
                        continue;
                    }
                    Long version = stored.get(id);
                    // Conditional updates: an entry forgotten or reloaded meanwhile is left to what replaced it.
                    if (version == null || version != entry.item().version()) {
                        entries.remove(id, entry);
                    } else if (entry.currentAt() - started < 0) {
                        entries.replace(id, entry, new Entry(entry.item(), started));
                    }
                }
            }
        } catch (RuntimeException e) {
            LOG.debugf(e, "item versions could not be checked; remembered items age out and are read again");
        }
    }

    /**
     * Drops an item that the current transaction changes, once that transaction has ended (committed or not): a
     * grade read before then could still load the state from before the change.
     */
    public void forget(UUID id) {
        entries.remove(id);
        forgets.incrementAndGet();
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                forgets.incrementAndGet();
                entries.remove(id);
            }
        });
    }

    int size() {
        return entries.size();
    }
}
