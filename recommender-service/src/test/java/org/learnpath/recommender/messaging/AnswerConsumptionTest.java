package org.learnpath.recommender.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.learnpath.recommender.Fixtures.answer;
import static org.learnpath.recommender.Fixtures.awaitCount;
import static org.learnpath.recommender.Fixtures.count;
import static org.learnpath.recommender.Fixtures.masteryRows;
import static org.learnpath.recommender.Fixtures.sendAnswers;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.learnpath.events.EventJson;
import org.learnpath.events.answer.AnswerEvent;
import org.learnpath.events.answer.AnswerTopic;
import org.learnpath.learner.AnswerObservation;
import org.learnpath.learner.LearnerModel;
import org.learnpath.learner.SkillMastery;
import org.learnpath.recommender.Fixtures.Curriculum;
import org.learnpath.recommender.Fixtures;
import org.learnpath.recommender.model.DeadLetter;
import org.learnpath.recommender.service.ModelSettings;
import org.learnpath.testinfra.KafkaResource;
import org.learnpath.testinfra.LearnPathTestResources;
import org.learnpath.testinfra.TopicReader;

/** Answer events through a real broker into PostgreSQL: order, duplicates, late answers, dead letters. */
@QuarkusTest
@LearnPathTestResources
class AnswerConsumptionTest {

    @Inject
    ModelSettings settings;

    Curriculum curriculum;

    @BeforeEach
    void setUp() {
        Fixtures.answerTopic();
        curriculum = Fixtures.curriculum("cons" + UUID.randomUUID().toString().substring(0, 6));
    }

    @Test
    void answersAreAppliedInOrderOnceEachEvenWhenRedeliveredOrLate() {
        String learner = "learner-" + UUID.randomUUID();
        String s1 = curriculum.skills().get(0);
        UUID item = curriculum.items().get(s1).get(1);
        Instant t0 = Instant.parse("2026-11-20T09:00:00.123456789Z");
        List<AnswerEvent> events = new ArrayList<>();
        boolean[] outcomes = {false, true, true, false, true, true, true};
        for (int i = 0; i < outcomes.length; i++) {
            events.add(answer(learner, item, s1, outcomes[i], t0.plus(Duration.ofMinutes(i))));
        }
        // Redeliveries of earlier events, and one answer recorded late (older than the others).
        List<AnswerEvent> arriving = new ArrayList<>(events);
        arriving.add(events.get(2));
        arriving.add(events.get(5));
        AnswerEvent late = answer(learner, item, s1, true, t0.minus(Duration.ofHours(1)));
        arriving.add(late);
        sendAnswers(arriving);

        awaitCount("select count(*) from answer where learner_id = ?", outcomes.length + 1, learner);
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> masteryRows(learner).containsKey(s1)
                && masteryRows(learner).get(s1)[1] == outcomes.length + 1);

        LearnerModel expected = new LearnerModel(settings.model().withDedupeWindow(100));
        arriving.forEach(e -> expected.apply(observation(e)));
        SkillMastery state = expected.skillState(learner, s1).orElseThrow();
        double[] stored = masteryRows(learner).get(s1);
        assertThat(stored[0]).isEqualTo(state.mastery());
        assertThat((int) stored[1]).isEqualTo(state.practiceCount()).isEqualTo(outcomes.length + 1);
        assertThat((int) stored[2]).isEqualTo(state.correctCount());
        assertThat(count("select answer_count from item_calibration where item_id = ?", item))
                .isEqualTo(outcomes.length + 1);
    }

    @Test
    void recordsThatCannotBeAppliedGoToTheDeadLetterTopicAndConsumptionGoesOn() {
        String learner = "learner-" + UUID.randomUUID();
        String s1 = curriculum.skills().get(0);
        AnswerEvent valid = answer(learner, curriculum.items().get(s1).get(0), s1, true, Instant.now());
        JsonNode broken = EventJson.mapper().valueToTree(valid);
        ((com.fasterxml.jackson.databind.node.ObjectNode) broken).put("score", 7);
        String wrongSchema = broken.toString();
        // An infinite number made the schema validator throw, and consumption stopped at this record for good.
        String unCheckable = EventJson.mapper().valueToTree(valid).toString().replace("\"INTEGRATION\"", "1e400")
                .replace("\"LEARNER\"", "1e400");
        assertThat(unCheckable).contains("\"source\":1e400");
        Fixtures.send(List.of(
                new ProducerRecord<>(AnswerTopic.NAME, learner, unCheckable),
                new ProducerRecord<>(AnswerTopic.NAME, learner, "{not json"),
                new ProducerRecord<>(AnswerTopic.NAME, learner, wrongSchema),
                new ProducerRecord<>(AnswerTopic.NAME, learner, "{\"schemaVersion\":1}"),
                new ProducerRecord<>(AnswerTopic.NAME, learner, null),
                Fixtures.record(valid)));

        awaitCount("select count(*) from answer where event_id = ?", 1, valid.eventId());
        String dlq = "learnpath.answers.v1.dlq.recommender";
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> letters(dlq, learner).size() == 5);
        List<DeadLetter> letters = letters(dlq, learner);
        assertThat(letters).extracting(DeadLetter::reason).satisfiesExactly(
                r -> assertThat(r).startsWith("cannot be checked against").contains("answer-event-v1.schema.json"),
                r -> assertThat(r).startsWith("not JSON"),
                r -> assertThat(r).contains("answer-event-v1.schema.json").contains("score"),
                r -> assertThat(r).contains("required"),
                r -> assertThat(r).startsWith("no value"));
        assertThat(letters.get(1).value()).isEqualTo("{not json");
        assertThat(letters).allSatisfy(l -> assertThat(l.sourceTopic()).isEqualTo(AnswerTopic.NAME));
    }

    @Test
    void answersOfAnAbortedProducerTransactionAreNeverApplied() throws Exception {
        String learner = "learner-" + UUID.randomUUID();
        String s1 = curriculum.skills().get(0);
        UUID item = curriculum.items().get(s1).get(0);
        AnswerEvent aborted = answer(learner, item, s1, true, Instant.now().minusSeconds(2));
        AnswerEvent committed = answer(learner, item, s1, false, Instant.now());
        Map<String, Object> props = Map.of("bootstrap.servers", KafkaResource.bootstrapServers(),
                "transactional.id", "answers-test-" + learner);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props, new StringSerializer(),
                new StringSerializer())) {
            producer.initTransactions();
            producer.beginTransaction();
            producer.send(Fixtures.record(aborted)).get(30, TimeUnit.SECONDS);
            producer.abortTransaction();
            producer.beginTransaction();
            producer.send(Fixtures.record(committed));
            producer.commitTransaction();
        }

        // Both went to the learner's partition in this order: once the second is applied, the first was passed over.
        awaitCount("select count(*) from answer where event_id = ?", 1, committed.eventId());
        assertThat(count("select count(*) from answer where learner_id = ?", learner)).isEqualTo(1);
        assertThat(masteryRows(learner).get(s1)[1]).isEqualTo(1);
    }

    private static List<DeadLetter> letters(String topic, String learner) {
        List<DeadLetter> letters = new ArrayList<>();
        for (ConsumerRecord<String, String> r : TopicReader.readAll(topic)) {
            if (learner.equals(r.key())) {
                letters.add(EventJson.read(r.value(), DeadLetter.class));
            }
        }
        letters.sort((a, b) -> Long.compare(a.offset(), b.offset()));
        return letters;
    }

    static AnswerObservation observation(AnswerEvent e) {
        return new AnswerObservation(e.eventId().toString(), e.learnerId(), e.itemId().toString(), e.skillCodes(),
                e.correct(), e.answeredAt().truncatedTo(ChronoUnit.MICROS), e.itemPriorDifficulty());
    }

    static Map<String, double[]> rows(String learner) {
        return masteryRows(learner);
    }
}
