package org.learnpath.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TimeOrderedIdsTest {

    @Test
    void anIdIsAVersion7UuidOfTheRfc9562VariantCarryingItsCreationTime() {
        long before = System.currentTimeMillis();
        UUID id = TimeOrderedIds.next();
        long after = System.currentTimeMillis();

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(TimeOrderedIds.unixMillis(id)).isBetween(before, after);
        // The RFC's own example: 2022-02-22T19:22:22Z is 0x017F22E279B0 milliseconds.
        UUID example = TimeOrderedIds.at(0x017F22E279B0L);
        assertThat(example.toString()).startsWith("017f22e2-79b0-7");
        assertThat(TimeOrderedIds.unixMillis(example)).isEqualTo(0x017F22E279B0L);
        assertThat(UUID.fromString(example.toString())).isEqualTo(example);
    }

    @Test
    void idsOfALaterMillisecondSortAfterEarlierOnesAsPostgresqlComparesThem() {
        // PostgreSQL orders uuid values by their bytes, left to right, as their text sorts.
        String earlier = TimeOrderedIds.at(1_764_000_000_000L).toString();
        String later = TimeOrderedIds.at(1_764_000_000_001L).toString();
        assertThat(later).isGreaterThan(earlier);
        assertThat(TimeOrderedIds.at(1_764_000_000_000L).toString()).isLessThan(later);
    }

    @Test
    void idsOfOneMillisecondDifferInTheirRandomBits() {
        Set<UUID> ids = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            ids.add(TimeOrderedIds.at(1_764_000_000_000L));
        }
        assertThat(ids).hasSize(100_000);
    }

    @Test
    void onlyVersion7IdsCarryATime() {
        assertThatThrownBy(() -> TimeOrderedIds.unixMillis(UUID.randomUUID()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
