package org.learnpath.recommender.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.learnpath.recommender.Fixtures.awaitCount;
import static org.learnpath.recommender.Fixtures.masteryRows;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.learnpath.events.EventJson;
import org.learnpath.events.answer.AnswerEvent;
import org.learnpath.events.item.ItemEvent;
import org.learnpath.events.item.ItemTopic;
import org.learnpath.learner.AnswerObservation;
import org.learnpath.learner.LearnerModel;
import org.learnpath.recommender.Fixtures;
import org.learnpath.recommender.Fixtures.Curriculum;
import org.learnpath.recommender.model.CatalogData;
import org.learnpath.recommender.repository.AnswerRepository;
import org.learnpath.recommender.service.CatalogService;
import org.learnpath.recommender.service.ModelSettings;
import org.learnpath.testinfra.LearnPathTestResources;
import org.learnpath.testinfra.PostgresResource;

/**
 * The guessing floor of an item's format (answer and item events, revision 1.2) from the topics to the learner model:
 * an answer is applied, stored and replayed with its event's floor, 0 when the event does not say; an item event's
 * floor reaches the catalog that candidates for the next item are built from.
 */
@QuarkusTest
@LearnPathTestResources
class GuessFloorTest {

    /** A hard item: the difficulty-shifted guess is far below a four-option item's floor, so the floor decides. */
    private static final double HARD = 2.0;

    @Inject
    ModelSettings settings;

    @Inject
    AnswerRepository answers;

    @Inject
    CatalogService catalog;

    Curriculum curriculum;

    @BeforeEach
    void setUp() {
        Fixtures.answerTopic();
        curriculum = Fixtures.curriculum("floor" + UUID.randomUUID().toString().substring(0, 6));
    }

    private static AnswerEvent rightAnswer(String learner, UUID item, String skill, Double guessFloor) {
        return new AnswerEvent(AnswerEvent.SCHEMA_VERSION, UUID.randomUUID(), learner, item, 1, List.of(skill), true,
                1, 4_000, Instant.now(), null, UUID.randomUUID(), 1, AnswerEvent.Source.LEARNER, HARD, null,
                guessFloor);
    }

    @Test
    void aRightAnswerOnAHardFourOptionItemProvesLessThanOnAnOpenAnswerAndReplaysWithItsFloor() {
        String skill = curriculum.skills().get(0);
        UUID item = curriculum.items().get(skill).get(2);
        String suffix = UUID.randomUUID().toString();
        AnswerEvent fourOptions = rightAnswer("floor-choice-" + suffix, item, skill, 0.25);
        AnswerEvent openAnswer = rightAnswer("floor-open-" + suffix, item, skill, 0.0);
        // Revision 1.1: says nothing of the format, applied as before floors existed.
        AnswerEvent unknown = rightAnswer("floor-unknown-" + suffix, item, skill, null);
        assertThat(EventJson.write(unknown)).doesNotContain("guessFloor");
        List<AnswerEvent> events = List.of(fourOptions, openAnswer, unknown);
        Fixtures.sendAnswers(events);

        awaitCount("select count(*) from answer where event_id in (?, ?, ?)", 3, fourOptions.eventId(),
                openAnswer.eventId(), unknown.eventId());
        assertThat(storedFloor(fourOptions)).isEqualTo(0.25);
        assertThat(storedFloor(openAnswer)).isEqualTo(0.0);
        assertThat(storedFloor(unknown)).isEqualTo(0.0);
        for (AnswerEvent event : events) {
            Awaitility.await().atMost(Duration.ofSeconds(30))
                    .until(() -> masteryRows(event.learnerId()).containsKey(skill));
        }
        double afterFourOptions = masteryRows(fourOptions.learnerId()).get(skill)[0];
        double afterOpenAnswer = masteryRows(openAnswer.learnerId()).get(skill)[0];
        // A quarter of blind picks are right: the same right answer proves less than one typed in.
        assertThat(afterFourOptions).isLessThan(afterOpenAnswer);
        assertThat(masteryRows(unknown.learnerId()).get(skill)[0]).isEqualTo(afterOpenAnswer);

        // Exactly what the learner model makes of each answer with its floor, live and when replayed from the table.
        Map<String, AnswerObservation> replayed = new HashMap<>();
        answers.forEachInApplicationOrder(answer -> {
            if (events.stream().anyMatch(e -> e.eventId().toString().equals(answer.eventId()))) {
                replayed.put(answer.learnerId(), answer);
            }
        });
        assertThat(replayed).hasSize(3);
        assertThat(replayed.get(fourOptions.learnerId()).guessFloor()).isEqualTo(0.25);
        assertThat(replayed.get(openAnswer.learnerId()).guessFloor()).isZero();
        assertThat(replayed.get(unknown.learnerId()).guessFloor()).isZero();
        AnswerRecordParser parser = new AnswerRecordParser();
        for (AnswerEvent event : events) {
            AnswerObservation live = ((AnswerRecordParser.Accepted) parser.parse(EventJson.write(event))).answer();
            assertThat(replayed.get(event.learnerId())).isEqualTo(live);
            assertThat(masteryRows(event.learnerId()).get(skill)[0]).as(event.learnerId())
                    .isEqualTo(masteryAfter(live, skill));
        }
        // Without its floor the four-option answer would have proved as much as the open one.
        AnswerObservation withFloor = replayed.get(fourOptions.learnerId());
        assertThat(masteryAfter(new AnswerObservation(withFloor.eventId(), withFloor.learnerId(), withFloor.itemId(),
                withFloor.skillCodes(), true, withFloor.answeredAt(), HARD, 1, 0), skill)).isEqualTo(afterOpenAnswer);
    }

    private double masteryAfter(AnswerObservation answer, String skill) {
        LearnerModel model = new LearnerModel(settings.model());
        model.apply(answer);
        return model.skillState(answer.learnerId(), skill).orElseThrow().mastery();
    }

    @Test
    void anItemEventsFloorReachesTheCatalogAndANewVersionReplacesIt() {
        String skill = curriculum.skills().get(1);
        UUID fourOptions = UUID.randomUUID();
        UUID unknown = UUID.randomUUID();
        Instant now = Instant.now();
        Fixtures.send(List.of(
                itemRecord(new ItemEvent.ItemState(fourOptions, 1, List.of(skill), 1.5, ItemEvent.Status.PUBLISHED,
                        0.25), now),
                itemRecord(new ItemEvent.ItemState(unknown, 1, List.of(skill), 1.5, ItemEvent.Status.PUBLISHED), now)));

        assertThat(awaitCatalogItem(skill, fourOptions, 1.5)).isEqualTo(
                new CatalogData.Item(fourOptions.toString(), List.of(skill), 1.5, 0.25));
        assertThat(awaitCatalogItem(skill, unknown, 1.5)).isEqualTo(
                new CatalogData.Item(unknown.toString(), List.of(skill), 1.5, 0.0));

        // Edited into three options (and made easier): the newer version's floor replaces the older one's.
        Fixtures.send(List.of(itemRecord(new ItemEvent.ItemState(fourOptions, 2, List.of(skill), 0.5,
                ItemEvent.Status.PUBLISHED, 1.0 / 3), Instant.now())));
        assertThat(awaitCatalogItem(skill, fourOptions, 0.5).guessFloor()).isEqualTo(1.0 / 3);
    }

    private static ProducerRecord<String, String> itemRecord(ItemEvent.ItemState state, Instant at) {
        ItemEvent event = new ItemEvent(ItemEvent.SCHEMA_VERSION, UUID.randomUUID(), at, state);
        return new ProducerRecord<>(ItemTopic.NAME, state.id().toString(), EventJson.write(event));
    }

    /** The item as the catalog view has it once its replicated state of that difficulty is loaded. */
    private CatalogData.Item awaitCatalogItem(String skill, UUID id, double difficulty) {
        return Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> find(skill, id).filter(i -> i.priorDifficulty() == difficulty), Optional::isPresent)
                .orElseThrow();
    }

    private Optional<CatalogData.Item> find(String skill, UUID id) {
        return catalog.refresh().itemsFor(skill).stream().filter(i -> i.id().equals(id.toString())).findFirst();
    }

    private static double storedFloor(AnswerEvent event) {
        try (Connection c = PostgresResource.connect(); PreparedStatement s = c.prepareStatement(
                "select guess_floor from answer where learner_id = ? and event_id = ?")) {
            s.setString(1, event.learnerId());
            s.setObject(2, event.eventId());
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).isTrue();
                return rs.getDouble(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
