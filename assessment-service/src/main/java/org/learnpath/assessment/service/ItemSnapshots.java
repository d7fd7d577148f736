package org.learnpath.assessment.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.learnpath.assessment.config.AssessmentConfig;
import org.learnpath.assessment.model.Item;

/**
 * Items as grading sees them, kept in memory: every answer reads its item, and items change rarely. Reading the
 * entity for each answer, even from Hibernate's second-level cache, took about 40% of the answer writer's CPU.
 *
 * <p>An edit made here is seen by the next answer: {@link #forget} drops the item once the editing transaction
 * has ended. An edit made through another instance of the service is seen within
 * {@code learnpath.assessment.items.refresh-after}, however often the item is read, since an entry is reloaded
 * that long after it was loaded.
 */
@ApplicationScoped
public class ItemSnapshots {

    private record Entry(GradedItem item, long loadedAt) {
    }

    private final ConcurrentHashMap<UUID, Entry> entries = new ConcurrentHashMap<>();
    /** Counts forgets: a load that overlapped one may hold the state from before the edit, and is not kept. */
    private final AtomicLong forgets = new AtomicLong();
    private final AssessmentConfig.Items config;
    private final TransactionSynchronizationRegistry transactions;
    private final Counter loads;

    ItemSnapshots(AssessmentConfig config, TransactionSynchronizationRegistry transactions, MeterRegistry registry) {
        this.config = config.items();
        this.transactions = transactions;
        this.loads = Counter.builder("learnpath.assessment.items.loaded")
                .description("Items read from the database for grading (the rest came from memory)")
                .register(registry);
    }

    /** The item as stored (drafts and retired items included), or empty when there is none with this id. */
    public Optional<GradedItem> find(UUID id) {
        long now = System.nanoTime();
        Entry entry = entries.get(id);
        if (entry != null && now - entry.loadedAt() < config.refreshAfter().toNanos()) {
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
