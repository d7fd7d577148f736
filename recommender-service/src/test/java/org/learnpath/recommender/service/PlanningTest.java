package org.learnpath.recommender.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.learnpath.learner.AnswerObservation;
import org.learnpath.learner.Forgetting;
import org.learnpath.learner.ModelConfig;
import org.learnpath.learner.PlannerConfig;
import org.learnpath.learner.SkillMastery;
import org.learnpath.recommender.model.CatalogData;

/** Skipping the planner when no skill flipped must never hide a change of the path's signature. */
class PlanningTest {

    static final List<String> SKILLS = List.of("s1", "s2", "s3", "s4", "s5");

    static Catalog catalog() {
        return Catalog.of(new CatalogData(1,
                SKILLS.stream().map(s -> new CatalogData.Skill(s, s)).toList(),
                List.of(new CatalogData.Module("m1", "M1", List.of("s1", "s2"), List.of()),
                        new CatalogData.Module("m2", "M2", List.of("s3"), List.of("m1")),
                        new CatalogData.Module("m3", "M3", List.of("s4"), List.of("m1")),
                        new CatalogData.Module("m4", "M4", List.of("s5"), List.of("m2", "m3"))),
                List.of(new CatalogData.Goal("g", "G", List.of("m4"), null)),
                List.of()));
    }

    @Test
    void whenNoSkillFlipsThePathSignatureStaysTheSame() {
        ModelConfig model = ModelConfig.defaults().withForgetting(Forgetting.halfLife(Duration.ofDays(3)))
                .withDedupeWindow(0);
        Planning planning = new Planning(catalog(), model, PlannerConfig.DEFAULT);
        Random random = new Random(5);
        int skipped = 0;
        int planned = 0;
        for (int learner = 0; learner < 300; learner++) {
            String id = "l" + learner;
            Map<String, SkillMastery> states = new HashMap<>();
            Instant t = Instant.parse("2026-01-01T00:00:00Z");
            double skill = random.nextDouble();
            for (int batch = 0; batch < 40; batch++) {
                // Hours to weeks between batches, so that forgetting brings reviews due along the way.
                t = t.plus(Duration.ofMinutes(1 + random.nextInt(random.nextBoolean() ? 120 : 20_000)));
                List<AnswerObservation> answers = new ArrayList<>();
                for (int i = 0; i < 1 + random.nextInt(3); i++) {
                    answers.add(new AnswerObservation(id + "-" + batch + "-" + i, id, "item-" + random.nextInt(9),
                            List.of(SKILLS.get(random.nextInt(SKILLS.size()))), random.nextDouble() < skill,
                            t.plusSeconds(i), 0));
                }
                Instant at = t.plusSeconds(10);
                AnswerBatch.Result result = AnswerBatch.apply(model, answers, Map.of(id, Map.copyOf(states)),
                        List.of());
                String previousAtSameTime = Planning.signature(planning.path("g",
                        planning.snapshot(id, states.values(), at)));
                boolean may = planning.mayChangePath(states, result.changedSkills().get(id), at);
                states.putAll(result.statesAfter(id));
                String next = Planning.signature(planning.path("g", planning.snapshot(id, states.values(), at)));
                if (!may) {
                    skipped++;
                    assertThat(next).as("learner %s batch %d", id, batch).isEqualTo(previousAtSameTime);
                } else {
                    planned++;
                }
            }
        }
        // Both branches are exercised, and skipping is the common case.
        assertThat(skipped).isGreaterThan(planned);
        assertThat(planned).isPositive();
    }
}
