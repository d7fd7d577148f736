package org.learnpath.recommender.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.learnpath.recommender.Fixtures.answer;
import static org.learnpath.recommender.Fixtures.awaitCount;
import static org.learnpath.recommender.Fixtures.count;
import static org.learnpath.recommender.Fixtures.masteryRows;
import static org.learnpath.testinfra.Api.as;
import static org.learnpath.testinfra.TestTokens.ACME;
import static org.learnpath.testinfra.TestTokens.GLOBEX;
import static org.learnpath.testinfra.TestTokens.subjectOf;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.learnpath.events.EventJson;
import org.learnpath.events.answer.AnswerEvent;
import org.learnpath.events.path.PathTopic;
import org.learnpath.events.path.PathUpdatedEvent;
import org.learnpath.recommender.Fixtures;
import org.learnpath.recommender.Fixtures.Curriculum;
import org.learnpath.recommender.model.DeadLetter;
import org.learnpath.testinfra.LearnPathTestResources;
import org.learnpath.testinfra.TestTokens;
import org.learnpath.testinfra.TopicReader;

/**
 * The organization answer events name (revision 1.1): the first one records a new learner's, one naming another
 * organization than the learner's changes nothing of the learner and is dead-lettered, and events of revision 1.0,
 * which name none, still apply.
 */
@QuarkusTest
@LearnPathTestResources
class AnswerOrganizationTest {

    private static final String DLQ = "learnpath.answers.v1.dlq.recommender";

    Curriculum curriculum;
    String skill;

    @BeforeEach
    void setUp() {
        Fixtures.answerTopic();
        curriculum = Fixtures.curriculum("aorg" + UUID.randomUUID().toString().substring(0, 6));
        skill = curriculum.skills().get(0);
    }

    private AnswerEvent answerOf(String learner, boolean correct, String organization) {
        UUID item = curriculum.items().get(skill).get(0);
        return organization == null ? answer(learner, item, skill, correct, Instant.now())
                : answer(learner, item, skill, correct, Instant.now(), organization);
    }

    @Test
    void anEventNamingAnotherOrganizationChangesNothingOfTheLearnerAndIsDeadLettered() {
        String name = "acme-learner-" + UUID.randomUUID();
        String learner = subjectOf(name);
        String token = TestTokens.learner(name);
        // Recorded in acme by their own request; the goal makes every applied answer a candidate for a path event.
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> as(token)
                .body(Map.of("goalSlug", curriculum.goal())).put("/api/learners/me/goal").statusCode() == 200);
        AnswerEvent own = answerOf(learner, true, ACME);
        Fixtures.sendAnswers(List.of(own));
        awaitCount("select count(*) from answer where event_id = ?", 1, own.eventId());
        Map<String, double[]> before = masteryRows(learner);
        int pathEventsBefore = pathEvents(learner).size();

        // Wrong answers naming globex, which would move the mastery down, then right answers of revision 1.0 (no
        // organization: the learner's known one), enough to master the first module and move the path on.
        AnswerEvent foreign = answerOf(learner, false, GLOBEX);
        AnswerEvent foreignAgain = answerOf(learner, false, GLOBEX);
        List<AnswerEvent> sent = new ArrayList<>(List.of(foreign, foreignAgain));
        List<AnswerEvent> old = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            old.add(answerOf(learner, true, null));
        }
        sent.addAll(old);
        Fixtures.sendAnswers(sent);

        awaitCount("select count(*) from answer where event_id = ?", 1, old.get(5).eventId());
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> letters(learner).size() == 2);
        List<DeadLetter> letters = letters(learner);
        assertThat(letters).allSatisfy(l -> assertThat(l.reason()).contains("organization").contains(GLOBEX));
        assertThat(letters).extracting(DeadLetter::value).allSatisfy(v -> assertThat(v).contains(GLOBEX));
        assertThat(count("select count(*) from answer where event_id in (?, ?)", foreign.eventId(),
                foreignAgain.eventId())).isZero();
        // The mastery moved by the six old answers, all right, and by nothing else.
        assertThat(masteryRows(learner).get(skill)[1]).isEqualTo(before.get(skill)[1] + 6);
        assertThat(masteryRows(learner).get(skill)[2]).isEqualTo(before.get(skill)[2] + 6);
        assertThat(count("select count(*) from learner_organization where learner_id = ? and organization = ?",
                learner, ACME)).isEqualTo(1);
        // The path moved on, announced for the learner's organization although the answers named none.
        List<UUID> oldIds = old.stream().map(AnswerEvent::eventId).toList();
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> pathEvents(learner).stream()
                .anyMatch(e -> oldIds.contains(e.causedBy())));
        assertThat(pathEvents(learner)).hasSizeGreaterThan(pathEventsBefore)
                .noneMatch(e -> foreign.eventId().equals(e.causedBy()) || foreignAgain.eventId().equals(e.causedBy()))
                .allSatisfy(e -> assertThat(e.organization()).isEqualTo(ACME));
        as(token).get("/api/learners/me/mastery").then().statusCode(200);
    }

    @Test
    void theFirstEventNamingAnOrganizationRecordsTheLearnersAndOldEventsStillApply() {
        String learner = "integration-learner-" + UUID.randomUUID();
        AnswerEvent old = answerOf(learner, true, null);
        AnswerEvent first = answerOf(learner, true, GLOBEX);
        AnswerEvent other = answerOf(learner, true, ACME);
        AnswerEvent later = answerOf(learner, false, GLOBEX);
        Fixtures.sendAnswers(List.of(old, first, other, later));

        awaitCount("select count(*) from answer where event_id = ?", 1, later.eventId());
        assertThat(count("select count(*) from answer where event_id in (?, ?)", old.eventId(), first.eventId()))
                .isEqualTo(2);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> letters(learner).size() == 1);
        assertThat(letters(learner).get(0).reason()).contains("organization").contains(ACME).contains(GLOBEX);
        assertThat(count("select count(*) from answer where event_id = ?", other.eventId())).isZero();
        assertThat(masteryRows(learner).get(skill)[1]).isEqualTo(3);

        String globexIntegration = TestTokens.integrationOf(GLOBEX).sign();
        as(globexIntegration).get("/api/learners/" + learner + "/mastery").then().statusCode(200);
        as(TestTokens.integration()).get("/api/learners/" + learner + "/mastery").then().statusCode(404);
    }

    /** Dead letters whose record was keyed by this learner, in offset order. */
    private static List<DeadLetter> letters(String learner) {
        return TopicReader.readAll(DLQ).stream().filter(r -> learner.equals(r.key()))
                .map(r -> EventJson.read(r.value(), DeadLetter.class))
                .sorted(java.util.Comparator.comparingLong(DeadLetter::offset)).toList();
    }

    private static List<PathUpdatedEvent> pathEvents(String learnerId) {
        List<PathUpdatedEvent> events = new ArrayList<>();
        for (ConsumerRecord<String, String> r : TopicReader.readAll(PathTopic.NAME)) {
            if (learnerId.equals(r.key())) {
                events.add(EventJson.read(r.value(), PathUpdatedEvent.class));
            }
        }
        return events;
    }
}
