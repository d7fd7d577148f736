package org.learnpath.recommender.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.learnpath.testinfra.Api.as;
import static org.learnpath.testinfra.TestTokens.learner;
import static org.learnpath.testinfra.TestTokens.subjectOf;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.learnpath.events.answer.AnswerEvent;
import org.learnpath.recommender.Fixtures;
import org.learnpath.recommender.Fixtures.Curriculum;
import org.learnpath.recommender.repository.AnswerRepository;
import org.learnpath.testinfra.LearnPathTestResources;
import org.learnpath.testinfra.PostgresResource;
import org.learnpath.testinfra.TestTokens;

/**
 * A replay of the stored answers after a placement (as after a refit) gives exactly the states live ingest gave:
 * placement answers are stored but traced by neither, and the seeds of a completed placement are restored where
 * finishing wrote them, for the skills not practised by then, before the answers that followed it. And a refit fits
 * only ordinary answers.
 */
@QuarkusTest
@LearnPathTestResources
class PlacementReplayTest {

    @Inject
    LearnerReplay replay;

    @Inject
    ModelSettings settings;

    @Inject
    AnswerRepository answers;

    @Test
    void aReplayAfterPlacementsGivesTheStatesLiveIngestGave() {
        Fixtures.answerTopic();
        Curriculum curriculum = Fixtures.curriculum("rp" + UUID.randomUUID().toString().substring(0, 6));
        List<String> skills = curriculum.skills();
        String s1 = skills.get(0);
        String s2 = skills.get(1);
        String s3 = skills.get(2);

        // Practised before, placed, then practising the goal again, seeded skills among them.
        String practising = "replay-placed-" + UUID.randomUUID();
        String a = subjectOf(practising);
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> as(learner(practising))
                .get("/api/learners/me/path?goal=" + curriculum.goal()).statusCode() == 200);
        Instant t = Instant.now().minusSeconds(600);
        send(Fixtures.answer(a, curriculum.items().get(s1).get(0), s1, true, t, TestTokens.ACME),
                Fixtures.answer(a, curriculum.items().get(s1).get(1), s1, false, t.plusSeconds(5), TestTokens.ACME));
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> Fixtures.masteryRows(a).size() == 1 && Fixtures.masteryRows(a).get(s1)[1] == 2);
        List<Object> practised = rows(a).get(s1);
        int placed = place(practising, curriculum, true);
        Map<String, List<Object>> seeded = rows(a);
        assertThat(seeded).containsOnlyKeys(skills);
        assertThat(seeded.get(s1)).as("practised before: left alone").isEqualTo(practised);
        send(Fixtures.answer(a, curriculum.items().get(s3).get(2), s3, false, Instant.now(), TestTokens.ACME),
                Fixtures.answer(a, curriculum.items().get(s2).get(2), s2, true, Instant.now(), TestTokens.ACME));
        Fixtures.awaitCount("select count(*) from answer where learner_id = ?", 2 + placed + 2L, a);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> !rows(a).get(s2).equals(seeded.get(s2))
                && !rows(a).get(s3).equals(seeded.get(s3)));

        // Placed and nothing else: every state comes from the seeds alone.
        String placedOnly = "replay-seeds-only-" + UUID.randomUUID();
        String b = subjectOf(placedOnly);
        place(placedOnly, curriculum, false);

        Map<String, List<Object>> liveA = rows(a);
        Map<String, List<Object>> liveB = rows(b);
        assertThat(liveB).isNotEmpty();
        assertThat(liveB.keySet()).isSubsetOf(skills);
        // Refits fit ordinary answers only.
        List<String> fitted = new ArrayList<>();
        answers.forEachInApplicationOrder(answer -> {
            if (answer.learnerId().equals(a) || answer.learnerId().equals(b)) {
                fitted.add(answer.eventId());
            }
        });
        assertThat(fitted).hasSize(4);

        // Rebuilt from nothing by the replay: the same rows, value for value.
        delete(a);
        delete(b);
        replay.replayAll(settings.model());
        assertThat(rows(a)).isEqualTo(liveA);
        assertThat(rows(b)).isEqualTo(liveB);
    }

    /** Takes and finishes a placement of the curriculum's goal, answering every item it asks; the answers it took. */
    private static int place(String username, Curriculum curriculum, boolean correct) {
        String token = learner(username);
        String learnerId = subjectOf(username);
        String path = "/api/learners/me/placement?goal=" + curriculum.goal();
        JsonPath view = as(token).body(Map.of("goalSlug", curriculum.goal())).post("/api/learners/me/placement")
                .then().statusCode(201).extract().jsonPath();
        int answered = 0;
        while (!view.getBoolean("done")) {
            String item = view.getString("next.itemId");
            String skill = curriculum.items().entrySet().stream()
                    .filter(e -> e.getValue().contains(UUID.fromString(item))).findFirst().orElseThrow().getKey();
            send(Fixtures.placementAnswer(learnerId, UUID.fromString(item), skill, 0, correct, Instant.now(),
                    TestTokens.ACME));
            int expected = ++answered;
            Awaitility.await().atMost(Duration.ofSeconds(30))
                    .until(() -> as(token).get(path).jsonPath().getInt("answered") == expected);
            view = as(token).get(path).then().statusCode(200).extract().jsonPath();
        }
        as(token).post("/api/learners/me/placement/finish?goal=" + curriculum.goal()).then().statusCode(200);
        return answered;
    }

    private static void send(AnswerEvent... events) {
        Fixtures.sendAnswers(List.of(events));
    }

    /** Every stored column of the learner's skill states, by skill code. */
    private static Map<String, List<Object>> rows(String learner) {
        Map<String, List<Object>> rows = new TreeMap<>();
        try (Connection c = PostgresResource.connect(); PreparedStatement s = c.prepareStatement("""
                select skill_code, mastery, evidence, last_practiced_at, practice_count, correct_count,
                       memory_stability_days, memory_recall, memory_reviewed_at, memory_successes, memory_lapses,
                       blocked_log_ratio
                from mastery where learner_id = ?""")) {
            s.setString(1, learner);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int i = 2; i <= 12; i++) {
                        row.add(r.getObject(i));
                    }
                    rows.put(r.getString(1), row);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }

    private static void delete(String learner) {
        try (Connection c = PostgresResource.connect();
                PreparedStatement s = c.prepareStatement("delete from mastery where learner_id = ?")) {
            s.setString(1, learner);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
