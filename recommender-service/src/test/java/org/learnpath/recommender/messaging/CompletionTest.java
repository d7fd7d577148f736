package org.learnpath.recommender.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.learnpath.recommender.Fixtures.awaitCount;
import static org.learnpath.recommender.Fixtures.count;
import static org.learnpath.testinfra.Api.as;
import static org.learnpath.testinfra.TestTokens.ACME;
import static org.learnpath.testinfra.TestTokens.subjectOf;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.learnpath.events.EventJson;
import org.learnpath.events.answer.AnswerEvent;
import org.learnpath.events.catalog.CatalogEvent;
import org.learnpath.events.catalog.CatalogTopic;
import org.learnpath.events.progress.ProgressEvent;
import org.learnpath.events.progress.ProgressTopic;
import org.learnpath.learner.AnswerObservation;
import org.learnpath.learner.EloParameters;
import org.learnpath.learner.Forgetting;
import org.learnpath.learner.LearnerModel;
import org.learnpath.learner.ModelConfig;
import org.learnpath.recommender.AssignmentFixtures;
import org.learnpath.recommender.Fixtures;
import org.learnpath.recommender.Fixtures.Curriculum;
import org.learnpath.recommender.service.AssignmentService;
import org.learnpath.testinfra.Api;
import org.learnpath.testinfra.LearnPathTestResources;
import org.learnpath.testinfra.Metrics;
import org.learnpath.testinfra.PostgresResource;
import org.learnpath.testinfra.TestTokens;
import org.learnpath.testinfra.TopicReader;

/**
 * Completion of assignments, end to end in the service: answer events that master an assigned goal record the
 * completion at the time of the answer that completed it, in the batch's transaction, and publish exactly one
 * progress event; mastery dropping (and coming back) afterwards changes neither; a learner who masters the goal
 * already completes it when it is assigned, or when they join the assigned team; and a batch that masters no goal
 * looks up no assignment.
 */
@QuarkusTest
@LearnPathTestResources
class CompletionTest {

    private static final String LOOKUPS = "learnpath_assignments_completion_lookups_total";

    @Inject
    AssignmentService assignmentService;

    Curriculum curriculum;
    String goal;
    String skill;
    String admin;

    @BeforeEach
    void setUp() {
        Fixtures.answerTopic();
        curriculum = Fixtures.curriculum("cpl" + UUID.randomUUID().toString().substring(0, 6));
        skill = curriculum.skills().get(0);
        goal = smallGoal(curriculum);
        admin = TestTokens.admin(Api.unique("acme-admin"));
    }

    @Test
    void answersThatMasterAnAssignedGoalCompleteItOnceAndForgettingNeverUndoesIt() {
        String name = Api.unique("completer");
        String learner = subjectOf(name);
        UUID team = team(learner);
        String id = assign(Map.of("goal", goal, "teamId", team.toString()));

        List<AnswerEvent> mastering = answers(learner, true, 8, Instant.now().minusSeconds(120));
        Fixtures.sendAnswers(mastering);
        awaitCount("select count(*) from assignment_completion where assignment_id = ?::uuid and learner_id = ?", 1,
                id, learner);

        // Recorded at the answer after which the goal (of one skill) was complete, not at the last one of the batch.
        int completing = firstMastering(mastering);
        assertThat(completing).as("the goal is mastered before the last answer").isLessThan(mastering.size() - 1);
        Instant expected = mastering.get(completing).answeredAt().truncatedTo(ChronoUnit.MICROS);
        assertThat(completedAt(id, learner)).isEqualTo(expected);

        List<ConsumerRecord<String, String>> records = awaitProgressEvents(learner, 1);
        ConsumerRecord<String, String> record = records.get(0);
        ProgressEvent event = EventJson.read(record.value(), ProgressEvent.class);
        assertThat(event.type()).isEqualTo(ProgressEvent.Type.ASSIGNMENT_COMPLETED);
        assertThat(event.schemaVersion()).isEqualTo(1);
        assertThat(event.learnerId()).isEqualTo(learner);
        assertThat(event.organization()).isEqualTo(ACME);
        assertThat(event.assignmentId()).hasToString(id);
        assertThat(event.goalSlug()).isEqualTo(goal);
        assertThat(event.completedAt().truncatedTo(ChronoUnit.MICROS)).isEqualTo(expected);
        assertThat(header(record, "ce_type")).isEqualTo(ProgressEvent.CE_TYPE);
        assertThat(header(record, "ce_id")).isEqualTo(event.eventId().toString());
        assertThat(event.eventId()).isEqualTo(eventIdOf(id, learner));
        as(admin).get("/api/assignments/" + id).then().statusCode(200).body("completedCount", equalTo(1))
                .body("learners[0].learnerId", equalTo(learner));
        as(TestTokens.learner(name)).get("/api/learners/me/assignments").then().statusCode(200)
                .body("[0].assignmentId", equalTo(id)).body("[0].masteredShare", equalTo(1.0f))
                .body("[0].completedAt", equalTo(event.completedAt().toString()));

        // Wrong answers take the mastery down; right ones bring it back, which makes the batch look the learner's
        // assignments up again: the completion stays as it was, and no second event goes out.
        double lookups = lookups();
        List<AnswerEvent> forgetting = answers(learner, false, 10, Instant.now().minusSeconds(60));
        Fixtures.sendAnswers(forgetting);
        awaitCount("select count(*) from answer where event_id = ?", 1, forgetting.get(9).eventId());
        assertThat(Fixtures.masteryRows(learner).get(skill)[0]).isLessThan(0.95);
        as(TestTokens.learner(name)).get("/api/learners/me/assignments").then().statusCode(200)
                .body("[0].masteredShare", equalTo(0.0f)).body("[0].completedAt", equalTo(event.completedAt()
                        .toString()));
        List<AnswerEvent> again = answers(learner, true, 12, Instant.now().minusSeconds(30));
        Fixtures.sendAnswers(again);
        awaitCount("select count(*) from answer where event_id = ?", 1, again.get(11).eventId());
        assertThat(Fixtures.masteryRows(learner).get(skill)[0]).isGreaterThanOrEqualTo(0.95);
        assertThat(lookups()).as("the re-mastering batch looked the assignments up").isGreaterThan(lookups);
        assertThat(completedAt(id, learner)).isEqualTo(expected);
        assertThat(awaitProgressEvents(learner, 1)).hasSize(1);
    }

    @Test
    void aGoalCertifiedLongAgoWhoseReviewIsDueCompletesItsAssignmentAtTheReview() {
        String learner = subjectOf(Api.unique("reviewer"));
        // Mastered and certified two months ago: with the memory model its recall has fallen below 0.9 since, so the
        // path asks a review before GOAL_COMPLETE.
        Fixtures.sendAnswers(answers(learner, true, 8, Instant.now().minus(Duration.ofDays(60))));
        awaitCount("select count(*) from mastery where learner_id = ? and memory_reviewed_at is not null", 1, learner);
        String id = assign(Map.of("goal", goal, "teamId", team(learner).toString()));
        assertThat(count("select count(*) from assignment_completion where assignment_id = ?::uuid", id)).isZero();

        // One right answer after two months could be a guess: recall is back above the target after a few.
        Fixtures.sendAnswers(answers(learner, true, 4, Instant.now().minusSeconds(10)));
        awaitCount("select count(*) from assignment_completion where assignment_id = ?::uuid and learner_id = ?", 1,
                id, learner);
    }

    @Test
    void aLearnerWhoMastersTheGoalAlreadyCompletesItWhenItIsAssigned() {
        String learner = subjectOf(Api.unique("already"));
        List<AnswerEvent> mastering = answers(learner, true, 8, Instant.now().minusSeconds(120));
        Fixtures.sendAnswers(mastering);
        awaitCount("select count(*) from answer where event_id = ?", 1, mastering.get(7).eventId());
        String other = subjectOf(Api.unique("beginner"));
        AnswerEvent once = answers(other, true, 1, Instant.now().minusSeconds(60)).get(0);
        Fixtures.sendAnswers(List.of(once));
        awaitCount("select count(*) from answer where event_id = ?", 1, once.eventId());
        assertThat(count("select count(*) from assignment_completion where learner_id = ?", learner)).isZero();

        // A refusal (400) stores nothing: asked again until the in-memory catalog view knows the new goal.
        Response[] reply = new Response[1];
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> {
            reply[0] = as(admin).body(Map.of("goal", goal, "learnerIds", List.of(learner, other)))
                    .post("/api/assignments");
            return reply[0].statusCode() != 400;
        });
        Response created = reply[0];
        created.then().statusCode(201).body("completedCount", equalTo(1)).body("learnerCount", equalTo(2));
        String id = created.jsonPath().getString("id");
        Instant createdAt = Instant.parse(created.jsonPath().getString("createdAt"));
        List<Map<String, Object>> learners = created.jsonPath().getList("learners");
        for (Map<String, Object> l : learners) {
            Object completed = l.get("completedAt");
            if (learner.equals(l.get("learnerId"))) {
                assertThat(Instant.parse((String) completed)).isEqualTo(createdAt);
            } else {
                assertThat(completed).isNull();
            }
        }
        assertThat(completedAt(id, learner)).isEqualTo(createdAt);
        ProgressEvent event = EventJson.read(awaitProgressEvents(learner, 1).get(0).value(), ProgressEvent.class);
        assertThat(event.assignmentId()).hasToString(id);
        assertThat(event.completedAt()).isEqualTo(createdAt);
        assertThat(awaitProgressEvents(other, 0)).isEmpty();
    }

    @Test
    void aMemberWhoJoinsATeamMasteringItsGoalCompletesItWhenTheTeamIsUpdated() {
        String learner = subjectOf(Api.unique("joiner"));
        List<AnswerEvent> mastering = answers(learner, true, 8, Instant.now().minusSeconds(120));
        Fixtures.sendAnswers(mastering);
        awaitCount("select count(*) from answer where event_id = ?", 1, mastering.get(7).eventId());
        UUID team = AssignmentFixtures.team(ACME, "Joiners", List.of(), List.of());
        String id = assign(Map.of("goal", goal, "teamId", team.toString()));

        // The HR sync adds the learner (a replace, as an integration's upsert of a known key does).
        Instant before = Instant.now();
        String version = as(admin).get("/api/teams/" + team).then().statusCode(200).extract().header("ETag");
        as(admin).header("If-Match", version).body(Map.of("name", "Joiners", "members",
                List.of(Map.of("learnerId", learner)), "managers", List.of())).put("/api/teams/" + team).then()
                .statusCode(200);

        assertThat(completedAt(id, learner)).isBetween(before.truncatedTo(ChronoUnit.MICROS), Instant.now());
        ProgressEvent event = EventJson.read(awaitProgressEvents(learner, 1).get(0).value(), ProgressEvent.class);
        assertThat(event.assignmentId()).hasToString(id);
        assertThat(event.completedAt()).isEqualTo(completedAt(id, learner));
        // Told again (a member already there), nothing more happens.
        assignmentService.membersJoined(List.of(learner));
        assertThat(awaitProgressEvents(learner, 1)).hasSize(1);
    }

    @Test
    void aMemberAddedByTheHrUpsertCompletesTheTeamsGoalTheyMasterAlready() {
        String learner = subjectOf(Api.unique("synced"));
        List<AnswerEvent> mastering = answers(learner, true, 8, Instant.now().minusSeconds(120));
        Fixtures.sendAnswers(mastering);
        awaitCount("select count(*) from answer where event_id = ?", 1, mastering.get(7).eventId());
        String key = Api.unique("hr-team");
        String integration = TestTokens.integration();
        String teamId = as(integration).body(Map.of("teams", List.of(Map.of("key", key, "name", "Synced",
                "members", List.of(), "managers", List.of())))).put("/api/teams").then().statusCode(200)
                .extract().jsonPath().getString("teams[0].id");
        String id = assign(Map.of("goal", goal, "teamId", teamId));
        assertThat(count("select count(*) from assignment_completion where learner_id = ?", learner)).isZero();

        as(integration).body(Map.of("teams", List.of(Map.of("key", key, "name", "Synced", "members",
                List.of(Map.of("learnerId", learner)), "managers", List.of())))).put("/api/teams").then()
                .statusCode(200);
        assertThat(completedAt(id, learner)).isNotNull();
        assertThat(awaitProgressEvents(learner, 1)).hasSize(1);
    }

    @Test
    void aBatchThatMastersNoGoalLooksUpNoAssignment() {
        String learner = subjectOf(Api.unique("slow"));
        UUID team = team(learner);
        String id = assign(Map.of("goal", goal, "teamId", team.toString()));
        double lookups = lookups();
        // Answers of a learner with an open assignment that do not master its goal, and of learners without one.
        List<AnswerEvent> some = new ArrayList<>(answers(learner, true, 2, Instant.now().minusSeconds(60)));
        some.addAll(answers(learner, false, 1, Instant.now().minusSeconds(50)));
        for (int i = 0; i < 5; i++) {
            some.addAll(answers(subjectOf(Api.unique("other")), i % 2 == 0, 2, Instant.now().minusSeconds(40)));
        }
        Fixtures.sendAnswers(some);
        for (AnswerEvent answer : some) {
            awaitCount("select count(*) from answer where event_id = ?", 1, answer.eventId());
        }
        assertThat(lookups()).isEqualTo(lookups);
        assertThat(count("select count(*) from assignment_completion where assignment_id = ?::uuid", id)).isZero();
    }

    /** A goal of the curriculum's first module only: one skill to master. */
    private static String smallGoal(Curriculum curriculum) {
        String slug = curriculum.goal().replace("-goal", "-small-goal");
        CatalogEvent g = CatalogEvent.goalUpserted(UUID.randomUUID(), Instant.now(), new CatalogEvent.GoalState(slug,
                "Small goal", "The first module", List.of(curriculum.modules().get(0)), 0));
        Fixtures.send(List.of(new ProducerRecord<>(CatalogTopic.NAME, g.key(), EventJson.write(g))));
        awaitCount("select count(*) from catalog_goal where slug = ?", 1, slug);
        return slug;
    }

    /** Assigns as the admin, once the in-memory catalog view knows the goal (it follows the tables within a second). */
    private String assign(Map<String, Object> body) {
        String[] id = new String[1];
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> {
            Response response = as(admin).body(body).post("/api/assignments");
            id[0] = response.statusCode() == 201 ? response.jsonPath().getString("id") : null;
            return id[0] != null;
        });
        return id[0];
    }

    /** Answers to the goal's skill, a second apart from {@code from}, naming acme. */
    private List<AnswerEvent> answers(String learner, boolean correct, int n, Instant from) {
        List<AnswerEvent> events = new ArrayList<>();
        List<UUID> items = curriculum.items().get(skill);
        for (int i = 0; i < n; i++) {
            events.add(Fixtures.answer(learner, items.get(i % items.size()), skill, correct, from.plusSeconds(i),
                    ACME));
        }
        return events;
    }

    /**
     * The index of the answer after which the goal of one skill is complete, by the learner model with the service's
     * settings (default BKT parameters: the skill is new, 30-day forgetting, threshold 0.95): the skill mastered and,
     * on the answers alone (before the last answer's learning step), known with probability at least the
     * certification target 0.95.
     */
    private static int firstMastering(List<AnswerEvent> answers) {
        LearnerModel model = new LearnerModel(new ModelConfig(Map.of(), ModelConfig.DEFAULT_PARAMETERS,
                Forgetting.halfLife(Duration.ofDays(30)), EloParameters.DEFAULT, 0,
                ModelConfig.DEFAULT_REPEAT_WEIGHT));
        for (int i = 0; i < answers.size(); i++) {
            AnswerEvent a = answers.get(i);
            Instant at = a.answeredAt().truncatedTo(ChronoUnit.MICROS);
            model.apply(new AnswerObservation(a.eventId().toString(), a.learnerId(), a.itemId().toString(),
                    a.skillCodes(), a.correct(), at, a.itemPriorDifficulty(), a.attemptNumber()));
            String skill = a.skillCodes().get(0);
            double evidence = model.skillState(a.learnerId(), skill).orElseThrow()
                    .evidenceAt(at, ModelConfig.DEFAULT_PARAMETERS, Forgetting.halfLife(Duration.ofDays(30)));
            if (model.mastery(a.learnerId(), skill, at) >= 0.95 && evidence >= 0.95) {
                return i;
            }
        }
        throw new AssertionError("the answers never master the skill");
    }

    private UUID team(String member) {
        return AssignmentFixtures.team(ACME, "Team " + member, List.of(member), List.of());
    }

    private static double lookups() {
        return Metrics.value(LOOKUPS).orElse(0);
    }

    /**
     * The learner's records on the progress topic once nothing is waiting in the outbox: the relay has published
     * whatever the batches queued.
     */
    private static List<ConsumerRecord<String, String>> awaitProgressEvents(String learner, int atLeast) {
        awaitCount("select count(*) from outbox_event where topic = ?", 0, ProgressTopic.NAME);
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
            found.clear();
            TopicReader.readAll(ProgressTopic.NAME).stream().filter(r -> learner.equals(r.key())).forEach(found::add);
            return found.size() >= atLeast;
        });
        return found;
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    private static Instant completedAt(String assignmentId, String learner) {
        return column(assignmentId, learner, "completed_at", Instant.class);
    }

    private static UUID eventIdOf(String assignmentId, String learner) {
        return column(assignmentId, learner, "event_id", UUID.class);
    }

    private static <T> T column(String assignmentId, String learner, String column, Class<T> type) {
        try (Connection c = PostgresResource.connect(); PreparedStatement s = c.prepareStatement("select " + column
                + " from assignment_completion where assignment_id = ?::uuid and learner_id = ?")) {
            s.setString(1, assignmentId);
            s.setString(2, learner);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                return type == Instant.class ? type.cast(rs.getTimestamp(1).toInstant()) : rs.getObject(1, type);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
