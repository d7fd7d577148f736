package org.learnpath.recommender.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.learnpath.learner.SkillMastery;

/** The per-lane cache of learner states: merges after commits, including a learner evicted in the middle of one. */
class LearnerStateCacheTest {

    private static final Instant T = Instant.parse("2026-12-01T10:00:00Z");

    private static SkillMastery state(String skill, double mastery) {
        return new SkillMastery(skill, mastery, mastery, T, 1, 1);
    }

    @Test
    void aCommittedBatchIsMergedOverWhatItStartedFrom() {
        LearnerStateCache cache = new LearnerStateCache(10);
        // Read from the database: not cached yet.
        Map<String, Map<String, SkillMastery>> stored = Map.of("ann", Map.of("eda", state("eda", 0.4),
                "sql", state("sql", 0.9)));
        assertThat(cache.find(List.of("ann"))).isEmpty();
        cache.merge(stored, Map.of("ann", List.of(state("eda", 0.6))));

        Map<String, SkillMastery> ann = cache.find(List.of("ann")).get("ann");
        assertThat(ann).containsOnlyKeys("eda", "sql");
        assertThat(ann.get("eda").mastery()).isEqualTo(0.6);
        assertThat(ann.get("sql").mastery()).isEqualTo(0.9);

        // The next batch starts from the cached map and changes another skill.
        Map<String, Map<String, SkillMastery>> before = cache.find(List.of("ann"));
        cache.merge(before, Map.of("ann", List.of(state("sql", 0.95), state("pandas", 0.2))));
        assertThat(cache.find(List.of("ann")).get("ann")).containsOnlyKeys("eda", "sql", "pandas");
        assertThat(cache.find(List.of("ann")).get("ann").get("sql").mastery()).isEqualTo(0.95);
    }

    @Test
    void aLearnerEvictedWhileABatchIsMergedIsMergedFromTheStatesTheBatchStartedFrom() {
        LearnerStateCache cache = new LearnerStateCache(1);
        cache.merge(Map.of(), Map.of("bob", List.of(state("eda", 0.5))));
        Map<String, Map<String, SkillMastery>> before = new HashMap<>(cache.find(List.of("bob")));
        before.put("cyd", Map.of("sql", state("sql", 0.3)));
        Map<String, List<SkillMastery>> changed = new java.util.LinkedHashMap<>();
        // cyd first: with room for one learner, merging cyd evicts bob before bob's own change is merged.
        changed.put("cyd", List.of(state("eda", 0.7)));
        changed.put("bob", List.of(state("sql", 0.8)));
        cache.merge(before, changed);

        Map<String, SkillMastery> bob = cache.find(List.of("bob")).get("bob");
        assertThat(bob).containsOnlyKeys("eda", "sql");
        assertThat(bob.get("eda").mastery()).isEqualTo(0.5);
        assertThat(bob.get("sql").mastery()).isEqualTo(0.8);
        assertThat(cache.size()).isEqualTo(1);
    }

    @Test
    void clearForgetsEveryone() {
        LearnerStateCache cache = new LearnerStateCache(10);
        cache.merge(Map.of(), Map.of("ann", List.of(state("eda", 0.5))));
        cache.rememberOrganizations(Map.of("ann", "acme"));
        cache.clear();
        assertThat(cache.find(List.of("ann"))).isEmpty();
        assertThat(cache.size()).isZero();
        assertThat(cache.organization("ann")).isNull();
    }

    @Test
    void organizationsAreRememberedWithinTheBound() {
        LearnerStateCache cache = new LearnerStateCache(2);
        cache.rememberOrganizations(Map.of("ann", "acme"));
        cache.rememberOrganizations(Map.of("bob", "globex"));
        assertThat(cache.organization("ann")).isEqualTo("acme");
        // ann was just read: bob is the least recently used and leaves first.
        cache.rememberOrganizations(Map.of("cy", "acme"));
        assertThat(cache.organization("bob")).isNull();
        assertThat(cache.organization("ann")).isEqualTo("acme");
        assertThat(cache.organization("cy")).isEqualTo("acme");
    }
}
