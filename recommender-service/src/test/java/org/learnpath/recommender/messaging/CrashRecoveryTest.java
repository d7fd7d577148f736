package org.learnpath.recommender.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.learnpath.recommender.Fixtures.answer;
import static org.learnpath.recommender.Fixtures.count;
import static org.learnpath.recommender.Fixtures.masteryRows;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.learnpath.events.EventJson;
import org.learnpath.events.answer.AnswerEvent;
import org.learnpath.events.answer.AnswerTopic;
import org.learnpath.learner.LearnerModel;
import org.learnpath.learner.SkillMastery;
import org.learnpath.recommender.Fixtures.Curriculum;
import org.learnpath.recommender.Fixtures;
import org.learnpath.recommender.config.RecommenderConfig;
import org.learnpath.recommender.service.AnswerBatchApplied;
import org.learnpath.recommender.service.ModelSettings;
import org.learnpath.testinfra.LearnPathTestResources;
import org.learnpath.testinfra.TopicReader;

/**
 * The consumer dies at random points (inside the batch transaction, or after its commit and before the offset
 * commit); each time a new consumer resumes from the committed offsets. The final states must equal a replay of
 * the topic from the beginning by the plain learner model: no answer lost, none applied twice.
 */
@QuarkusTest
@LearnPathTestResources
class CrashRecoveryTest {

    /**
     * While armed, every third batch dies inside its transaction and every fourth committed batch dies before its
     * offsets are committed. Which answers those batches hold depends on timing: the points differ run to run.
     */
    @ApplicationScoped
    static class Crashes {
        static volatile boolean armed;
        static final AtomicInteger APPLYING = new AtomicInteger();
        static final AtomicInteger COMMITTED = new AtomicInteger();
        static final AtomicInteger BEFORE_COMMIT = new AtomicInteger();
        static final AtomicInteger AFTER_COMMIT = new AtomicInteger();

        void inTransaction(@Observes AnswerBatchApplied batch) {
            if (armed && APPLYING.incrementAndGet() % 3 == 1) {
                BEFORE_COMMIT.incrementAndGet();
                throw new IllegalStateException("simulated crash before the database commit");
            }
        }

        void afterCommit(@Observes AnswerBatchCommitted batch) {
            if (armed && COMMITTED.incrementAndGet() % 4 == 2) {
                AFTER_COMMIT.incrementAndGet();
                throw new IllegalStateException("simulated crash before the offset commit");
            }
        }
    }

    @Inject
    ModelSettings settings;

    @Inject
    AnswerConsumer consumer;

    @Inject
    RecommenderConfig config;

    @Test
    void finalStatesEqualAReplayOfTheTopicWhateverTheCrashes() throws InterruptedException {
        Fixtures.answerTopic();
        Curriculum curriculum = Fixtures.curriculum("crash" + UUID.randomUUID().toString().substring(0, 6));
        String prefix = "crash-" + UUID.randomUUID() + "-";
        Random random = new Random(7);
        List<AnswerEvent> events = new ArrayList<>();
        Instant t = Instant.parse("2026-11-01T08:00:00Z");
        for (int i = 0; i < 1_200; i++) {
            String learner = prefix + random.nextInt(30);
            String skill = curriculum.skills().get(random.nextInt(3));
            UUID item = curriculum.items().get(skill).get(random.nextInt(3));
            t = t.plusMillis(1 + random.nextInt(60_000));
            events.add(answer(learner, item, skill, random.nextDouble() < 0.6, t));
        }
        long restartsBefore = consumer.restarts();
        Crashes.armed = true;
        try {
            // Small chunks a little apart: many batches, hence many crash points.
            for (int from = 0; from < events.size(); from += 50) {
                Fixtures.sendAnswers(events.subList(from, from + 50));
                Thread.sleep(20);
            }
            Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250))
                    .until(() -> count("select count(*) from answer where learner_id like ?", prefix + "%")
                            == events.size());
        } finally {
            Crashes.armed = false;
        }
        assertThat(Crashes.BEFORE_COMMIT.get()).isPositive();
        assertThat(Crashes.AFTER_COMMIT.get()).isPositive();
        // Every crash restarts the consumer, but one restart may follow a crash in each lane: the lanes' batches in
        // flight all end before it (see AnswerConsumer), and each can fail.
        int crashes = Crashes.BEFORE_COMMIT.get() + Crashes.AFTER_COMMIT.get();
        int lanes = config.answers().lanes();
        assertThat(lanes).isGreaterThan(1);
        assertThat(consumer.restarts() - restartsBefore).isGreaterThanOrEqualTo((crashes + lanes - 1) / lanes);

        // The replay: every record of the topic, each partition in offset order (one learner lives on one).
        List<ConsumerRecord<String, String>> records = new ArrayList<>(TopicReader.readAll(AnswerTopic.NAME));
        records.sort(Comparator.comparingInt((ConsumerRecord<String, String> r) -> r.partition())
                .thenComparingLong(ConsumerRecord::offset));
        LearnerModel replay = new LearnerModel(settings.model().withDedupeWindow(0));
        Set<String> learners = new HashSet<>();
        int replayed = 0;
        for (ConsumerRecord<String, String> record : records) {
            if (record.key() != null && record.key().startsWith(prefix)) {
                replay.apply(AnswerConsumptionTest.observation(EventJson.read(record.value(), AnswerEvent.class)));
                learners.add(record.key());
                replayed++;
            }
        }
        assertThat(replayed).isEqualTo(events.size());
        for (String learner : learners) {
            Map<String, SkillMastery> expected = replay.skillStates(learner);
            Map<String, double[]> stored = masteryRows(learner);
            assertThat(stored.keySet()).isEqualTo(expected.keySet());
            expected.forEach((skill, state) -> {
                assertThat(stored.get(skill)[0]).as("%s %s", learner, skill).isEqualTo(state.mastery());
                assertThat((int) stored.get(skill)[1]).isEqualTo(state.practiceCount());
                assertThat((int) stored.get(skill)[2]).isEqualTo(state.correctCount());
            });
        }
        long calibrated = 0;
        for (List<UUID> items : curriculum.items().values()) {
            for (UUID item : items) {
                calibrated += count("select coalesce(sum(answer_count), 0) from item_calibration where item_id = ?", item);
            }
        }
        assertThat(calibrated).isEqualTo(events.size());
    }
}
