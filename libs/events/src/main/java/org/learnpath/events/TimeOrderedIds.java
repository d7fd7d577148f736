package org.learnpath.events;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Version 7 UUIDs (RFC 9562): 48 bits of Unix time in milliseconds, then 74 random bits. For the ids of rows written
 * at a high rate and indexed by PostgreSQL (answers, and their event ids, which the recommender's answer table is
 * keyed by). A random (version 4) id lands on any page of its B-tree index, so once the index outgrows the buffer
 * cache nearly every insert reads and later writes back a page of its own; ids that grow with time land on the
 * index's last pages, which stay cached.
 *
 * <p>The random bits come from {@link ThreadLocalRandom}, not a cryptographic source: these ids name records whose
 * access is checked against the caller's identity, and they are not secrets. 74 bits per millisecond keep collisions
 * out of reach, and a unique key behind each id would refuse one anyway.
 */
public final class TimeOrderedIds {

    private TimeOrderedIds() {
    }

    public static UUID next() {
        return at(System.currentTimeMillis());
    }

    static UUID at(long unixMillis) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long randA = random.nextLong() & 0x0FFFL;
        long msb = (unixMillis & 0xFFFF_FFFF_FFFFL) << 16 | 0x7000L | randA;
        long lsb = random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL | 0x8000_0000_0000_0000L;
        return new UUID(msb, lsb);
    }

    /** The creation time an id of this kind carries, in Unix milliseconds. */
    static long unixMillis(UUID id) {
        if (id.version() != 7) {
            throw new IllegalArgumentException("not a version 7 UUID: " + id);
        }
        return id.getMostSignificantBits() >>> 16;
    }
}
