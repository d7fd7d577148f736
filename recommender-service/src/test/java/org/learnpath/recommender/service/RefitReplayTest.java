package org.learnpath.recommender.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.learnpath.recommender.Fixtures.awaitCount;
import static org.learnpath.recommender.Fixtures.count;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.learnpath.events.answer.AnswerEvent;
import org.learnpath.learner.LearnerSimulator;
import org.learnpath.learner.ModelConfig;
import org.learnpath.learner.SkillMastery;
import org.learnpath.recommender.Fixtures;
import org.learnpath.recommender.config.RecommenderConfig;
import org.learnpath.testinfra.LearnPathTestResources;

/**
 * Answers keep coming while a refit replays every learner's state: for a learner whose page is being written, for
 * learners replayed already (whose states the consumer's cache still holds from before the refit), for learners not
 * replayed yet and for a learner never seen before. None is lost and none is applied to a stale state: afterwards
 * every one of them has exactly the states a fresh model gives from all their stored answers under the new model.
 */
@QuarkusTest
@LearnPathTestResources
class RefitReplayTest {

    /** While armed, holds the replay page holding {@code target} open (its lock taken) until released. */
    @ApplicationScoped
    static class HeldPage {
        static volatile String target;
        static final List<List<String>> PAGES = new CopyOnWriteArrayList<>();
        static volatile CountDownLatch held = new CountDownLatch(1);
        static volatile CountDownLatch release = new CountDownLatch(1);

        void onPage(@Observes LearnerStatesReplayed page) {
            String learner = target;
            if (learner == null) {
                return;
            }
            PAGES.add(page.learners());
            if (page.learners().contains(learner)) {
                held.countDown();
                try {
                    release.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    @Inject
    RefitService refits;

    @Inject
    ModelSettings settings;

    @Inject
    RecommenderConfig config;

    @Test
    void answersArrivingDuringTheReplayAreNeitherLostNorAppliedToStaleStates() throws Exception {
        Fixtures.answerTopic();
        int page = config.refit().replayPageLearners();
        String skill = "replay-" + UUID.randomUUID().toString().substring(0, 8);
        // Two items the author rated 1 and 2: the refit traces them at -0.5 and 0.5, so every state changes with it.
        List<UUID> items = List.of(UUID.randomUUID(), UUID.randomUUID());
        double[] rated = {1.0, 2.0};
        // Learner ids spread over the whole key space, three pages' worth: pages before and after the held one.
        List<String> learners = new ArrayList<>();
        for (int i = 0; i < 3 * page; i++) {
            learners.add(UUID.randomUUID().toString());
        }
        learners.sort(null);
        List<boolean[]> sequences = LearnerSimulator.bktSequences(RefitTest.TRUTH, learners.size(), 6, new Random(5));
        List<AnswerEvent> events = new ArrayList<>();
        Instant start = Instant.parse("2026-11-20T09:00:00Z");
        for (int l = 0; l < learners.size(); l++) {
            for (int i = 0; i < 6; i++) {
                events.add(answer(learners.get(l), items, rated, skill, sequences.get(l)[i], start.plusSeconds(i)));
            }
        }
        Fixtures.sendAnswers(events);
        awaitCount("select count(*) from answer where skill_codes = array[?]::text[]", events.size(), skill);
        ModelConfig old = settings.model();

        String target = learners.get(learners.size() / 2);
        HeldPage.PAGES.clear();
        HeldPage.held = new CountDownLatch(1);
        HeldPage.release = new CountDownLatch(1);
        HeldPage.target = target;
        List<AnswerEvent> during = new ArrayList<>();
        List<String> checked = new ArrayList<>();
        try {
            CompletableFuture<RefitService.Refit> refit = CompletableFuture.supplyAsync(refits::run);
            assertThat(HeldPage.held.await(120, TimeUnit.SECONDS)).as("the target's page is held").isTrue();

            List<String> heldPage = HeldPage.PAGES.get(HeldPage.PAGES.size() - 1);
            Set<String> replayed = new HashSet<>();
            HeldPage.PAGES.subList(0, HeldPage.PAGES.size() - 1).forEach(replayed::addAll);
            String before = learners.stream().filter(replayed::contains).findFirst().orElseThrow();
            String after = learners.stream().filter(l -> !replayed.contains(l) && !heldPage.contains(l))
                    .reduce((first, second) -> second).orElseThrow();
            String newcomer = "newcomer-" + UUID.randomUUID();
            checked.addAll(List.of(target, before, after, newcomer));
            Instant now = Instant.parse("2026-11-21T09:00:00Z");
            for (String learner : checked) {
                for (int i = 0; i < 3; i++) {
                    during.add(answer(learner, items, rated, skill, i != 1, now.plusSeconds(i)));
                }
            }
            Fixtures.sendAnswers(during);
            // While the page is written, batches wait: nothing of theirs commits.
            Thread.sleep(1_500);
            assertThat(count("select count(*) from answer where learner_id = any(?)", (Object) checked.toArray(
                    String[]::new))).isEqualTo(events.stream().filter(e -> checked.contains(e.learnerId())).count());

            HeldPage.release.countDown();
            RefitService.Refit done = refit.get(120, TimeUnit.SECONDS);
            assertThat(done.replay().learners()).isGreaterThanOrEqualTo(learners.size());
        } finally {
            HeldPage.target = null;
            HeldPage.release.countDown();
        }
        for (AnswerEvent e : during) {
            awaitCount("select count(*) from answer where event_id = ?", 1, e.eventId());
        }
        ModelConfig model = settings.model();
        // The refit changed what these answers give: a state left from before it would show.
        for (String learner : checked) {
            assertThat(StoredStates.replayed(model, learner)).as(learner)
                    .isNotEqualTo(StoredStates.replayed(old, learner));
        }
        List<String> all = new ArrayList<>(checked);
        all.addAll(learners.subList(0, 10));
        for (String learner : all) {
            assertReplayed(model, learner, skill);
        }

        // Once the replay has finished, the consumer goes on from the replayed states.
        List<AnswerEvent> later = new ArrayList<>();
        for (String learner : checked) {
            later.add(answer(learner, items, rated, skill, true, Instant.parse("2026-11-22T09:00:00Z")));
        }
        Fixtures.sendAnswers(later);
        for (AnswerEvent e : later) {
            awaitCount("select count(*) from answer where event_id = ?", 1, e.eventId());
        }
        for (String learner : checked) {
            assertReplayed(model, learner, skill);
        }
    }

    /** An answer to one of the two items, by the answer's time: the first item at even seconds. */
    private static AnswerEvent answer(String learner, List<UUID> items, double[] rated, String skill, boolean correct,
            Instant at) {
        int i = (int) (at.getEpochSecond() % 2);
        return new AnswerEvent(AnswerEvent.SCHEMA_VERSION, UUID.randomUUID(), learner, items.get(i), 1, List.of(skill),
                correct, correct ? 1 : 0, 4_000, at, null, UUID.randomUUID(), 1, AnswerEvent.Source.LEARNER, rated[i]);
    }

    private static void assertReplayed(ModelConfig model, String learner, String skill) {
        var stored = StoredStates.stored(learner);
        assertThat(stored).as(learner).isEqualTo(StoredStates.replayed(model, learner));
        SkillMastery state = stored.get(skill);
        assertThat(state.practiceCount()).as(learner).isEqualTo(StoredStates.answers(learner).size());
    }
}
