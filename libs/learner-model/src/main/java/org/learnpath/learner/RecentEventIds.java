package org.learnpath.learner;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The last {@code capacity} event ids of one learner, oldest evicted first. Bounded on purpose: the model's
 * memory stays proportional to the number of learners, not to the number of answers they ever gave.
 */
final class RecentEventIds {

    private final int capacity;
    private final LinkedHashMap<String, Boolean> ids;

    RecentEventIds(int capacity) {
        this.capacity = capacity;
        this.ids = new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > RecentEventIds.this.capacity;
            }
        };
    }

    /** Remembers {@code eventId}; false if it was already remembered (a duplicate). */
    boolean add(String eventId) {
        if (capacity == 0) {
            return true;
        }
        return ids.putIfAbsent(eventId, Boolean.TRUE) == null;
    }

    boolean contains(String eventId) {
        return ids.containsKey(eventId);
    }

    int size() {
        return ids.size();
    }
}
