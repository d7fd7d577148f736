package org.learnpath.recommender.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.learnpath.recommender.AssignmentFixtures.team;
import static org.learnpath.recommender.Fixtures.awaitCount;
import static org.learnpath.testinfra.Api.as;
import static org.learnpath.testinfra.TestTokens.ACME;
import static org.learnpath.testinfra.TestTokens.GLOBEX;
import static org.learnpath.testinfra.TestTokens.subjectOf;
import static org.learnpath.testinfra.TestTokens.user;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.learnpath.events.answer.AnswerEvent;
import org.learnpath.recommender.Fixtures;
import org.learnpath.recommender.Fixtures.Curriculum;
import org.learnpath.testinfra.Api;
import org.learnpath.testinfra.LearnPathTestResources;
import org.learnpath.testinfra.PostgresResource;
import org.learnpath.testinfra.TestTokens;

/**
 * The team reports of an assignment (progress per learner with the forecast's status, skill gaps by band) and a
 * team's skill gaps: what they count, their order, filters, pages and CSV, and who may read them (those who see the
 * assignment or manage the team; anyone else as if it did not exist, learners 403).
 *
 * <p>Three members of one team: {@code done} masters the goal (8 right answers per skill), {@code started} answers a
 * little, {@code idle} never answers. With the due date five days ahead, {@code idle} has no pace and is AT_RISK; once
 * the due date has passed both open learners are OVERDUE while {@code done} stays DONE.
 */
@QuarkusTest
@LearnPathTestResources
class TeamReportApiTest {

    private static final String PROBLEM = "application/problem+json";
    private static final long RESPONSE_MILLIS = 4_000;

    Curriculum curriculum;
    String admin;
    String manager;
    String managerName;
    String otherManager;
    String done;
    String started;
    String idle;
    UUID teamA;
    UUID teamB;

    @BeforeEach
    void setUp() {
        Fixtures.answerTopic();
        curriculum = Fixtures.curriculum("rpt" + UUID.randomUUID().toString().substring(0, 6));
        admin = TestTokens.admin(Api.unique("acme-admin"));
        managerName = Api.unique("manager");
        String otherName = Api.unique("other-manager");
        manager = TestTokens.manager(managerName);
        otherManager = TestTokens.manager(otherName);
        done = subjectOf(Api.unique("done"));
        started = subjectOf(Api.unique("started"));
        idle = subjectOf(Api.unique("idle"));
        teamA = team(ACME, "Team A", List.of(done, started, idle), List.of(subjectOf(managerName)));
        teamB = team(ACME, "Team B", List.of(subjectOf(Api.unique("b-member"))), List.of(subjectOf(otherName)));
        execute("update team_member set display_name = 'Ida Idle' where team_id = ? and learner_id = ?", teamA, idle);
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> as(admin)
                .get("/api/learners/" + done + "/path?goal=" + curriculum.goal()).statusCode() == 200);
    }

    @Test
    void progressShowsEachLearnersStatusEffortAndForecastAtRiskAndOverdueFirst() {
        String id = assign(LocalDate.now(ZoneOffset.UTC).plusDays(5));
        // After the assignment was made (its effort counts from then), and in the past when the report is read.
        Instant base = Instant.now();
        List<AnswerEvent> mastering = new ArrayList<>();
        for (String skill : curriculum.skills()) {
            for (int i = 0; i < 8; i++) {
                mastering.add(answer(done, skill, true, base.plusMillis(10L * mastering.size()), RESPONSE_MILLIS));
            }
        }
        String first = curriculum.skills().get(0);
        List<AnswerEvent> some = List.of(
                answer(started, first, true, base.plusMillis(250), RESPONSE_MILLIS),
                answer(started, first, false, base.plusMillis(260), RESPONSE_MILLIS),
                // Left open for an hour: counts for the configured 10 minutes at most.
                answer(started, first, true, base.plusMillis(270), 3_600_000),
                // Before the assignment: part of the pace, not of the effort on it.
                answer(started, first, true, base.minus(Duration.ofDays(2)), RESPONSE_MILLIS));
        Fixtures.sendAnswers(mastering);
        Fixtures.sendAnswers(some);
        awaitCount("select count(*) from assignment_completion where assignment_id = ?::uuid and learner_id = ?", 1,
                id, done);
        awaitCount("select count(*) from answer where event_id = ?", 1, some.get(3).eventId());
        Awaitility.await().until(() -> Instant.now().isAfter(base.plusSeconds(1)));

        JsonPath report = as(manager).get("/api/assignments/" + id + "/progress").then().statusCode(200)
                .extract().jsonPath();
        assertThat(report.getString("goal")).isEqualTo(curriculum.goal());
        assertThat(report.getMap("summary")).containsAllEntriesOf(Map.of("learners", 3, "done", 1, "overdue", 0));
        assertThat(report.getInt("summary.onTrack") + report.getInt("summary.atRisk")).isEqualTo(2);
        assertThat(report.getLong("total")).isEqualTo(3);
        List<Map<String, Object>> rows = report.getList("items");
        assertThat(rows).extracting(r -> r.get("learnerId")).containsExactlyInAnyOrder(done, started, idle);
        assertThat(rows.get(2)).containsEntry("learnerId", done).containsEntry("status", "DONE")
                .containsEntry("skills", 3).containsEntry("masteredSkills", 3).containsEntry("answers", 24)
                .containsEntry("timeSpentSeconds", 96);
        assertThat(rows.get(2).get("completedAt")).isNotNull();

        Map<String, Object> idleRow = row(rows, idle);
        assertThat(idleRow).containsEntry("status", "AT_RISK").containsEntry("name", "Ida Idle")
                .containsEntry("masteredSkills", 0).containsEntry("answers", 0)
                .containsEntry("lastActivityAt", null).containsEntry("projectedCompletion", null);
        assertThat(((Number) idleRow.get("answersPerDay")).doubleValue()).isZero();
        assertThat(((Number) idleRow.get("expectedAnswersRemaining")).doubleValue()).isGreaterThan(3);

        Map<String, Object> startedRow = row(rows, started);
        assertThat(startedRow).containsEntry("answers", 3).containsEntry("timeSpentSeconds", 608)
                .containsEntry("completedAt", null);
        assertThat(((Number) startedRow.get("answersPerDay")).doubleValue()).isGreaterThan(0);
        assertThat(Instant.parse((String) startedRow.get("lastActivityAt")))
                .isEqualTo(some.get(2).answeredAt().truncatedTo(ChronoUnit.MICROS));
        assertThat(((Number) startedRow.get("expectedAnswersRemaining")).doubleValue())
                .isLessThan(((Number) idleRow.get("expectedAnswersRemaining")).doubleValue());

        // Filter and pages cut the rows; the summary still counts everyone.
        as(admin).get("/api/assignments/" + id + "/progress?status=done").then().statusCode(200)
                .body("total", equalTo(1)).body("items.learnerId", equalTo(List.of(done)))
                .body("summary.learners", equalTo(3));
        as(admin).get("/api/assignments/" + id + "/progress?size=1&page=2").then().statusCode(200)
                .body("items.learnerId", equalTo(List.of(done))).body("page", equalTo(2)).body("size", equalTo(1));

        // Once the due date has passed, whoever has not completed is overdue.
        execute("update assignment set due_date = current_date - 2 where id = ?", UUID.fromString(id), null);
        as(manager).get("/api/assignments/" + id + "/progress").then().statusCode(200)
                .body("summary.overdue", equalTo(2)).body("summary.done", equalTo(1))
                .body("items.status", equalTo(List.of("OVERDUE", "OVERDUE", "DONE")));

        Response csv = as(manager).accept("text/csv").get("/api/assignments/" + id + "/progress");
        csv.then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/csv"));
        assertThat(csv.header("Content-Disposition")).contains("assignment-progress.csv");
        List<String> lines = csv.asString().lines().toList();
        assertThat(lines.get(0)).isEqualTo("learner_id,name,status,mastered_share,mastered_skills,skills,answers,"
                + "time_spent_seconds,last_activity_at,completed_at,expected_answers_remaining,answers_per_day,"
                + "projected_completion");
        assertThat(lines).hasSize(4);
        assertThat(lines.get(3)).startsWith(done + ",,DONE,1,3,3,24,96,");
    }

    @Test
    void skillGapsCountEveryLearnerInOneBandPerSkillInStudyOrder() {
        String id = assign(null);
        Instant now = Instant.now();
        List<AnswerEvent> answers = new ArrayList<>();
        for (String skill : curriculum.skills()) {
            for (int i = 0; i < 8; i++) {
                answers.add(answer(done, skill, true, now.minusSeconds(300 - answers.size()), RESPONSE_MILLIS));
            }
        }
        AnswerEvent wrong = answer(started, curriculum.skills().get(0), false, now.minusSeconds(30), RESPONSE_MILLIS);
        answers.add(wrong);
        Fixtures.sendAnswers(answers);
        awaitCount("select count(*) from answer where event_id = ?", 1, wrong.eventId());
        awaitCount("select count(*) from answer where learner_id = ?", 24, done);

        for (String path : List.of("/api/assignments/" + id + "/skill-gaps",
                "/api/teams/" + teamA + "/skill-gaps?goal=" + curriculum.goal())) {
            JsonPath gaps = as(manager).get(path).then().statusCode(200).extract().jsonPath();
            assertThat(gaps.getInt("learners")).isEqualTo(3);
            assertThat(gaps.getList("items.skill")).isEqualTo(curriculum.skills());
            assertThat(gaps.getList("bands.band"))
                    .containsExactly("NOT_STARTED", "BEGINNING", "DEVELOPING", "MASTERED");
            assertThat(gaps.getDouble("bands[2].from")).isEqualTo(0.4);
            assertThat(gaps.getDouble("bands[3].from")).isEqualTo(0.95);
            assertThat(gaps.getMap("items[0].counts"))
                    .isEqualTo(Map.of("NOT_STARTED", 1, "BEGINNING", 1, "DEVELOPING", 0, "MASTERED", 1));
            assertThat(gaps.getMap("items[2].counts"))
                    .isEqualTo(Map.of("NOT_STARTED", 2, "BEGINNING", 0, "DEVELOPING", 0, "MASTERED", 1));
            assertThat(gaps.getDouble("items[2].meanMastery")).isBetween(0.3, 0.7);
        }
        as(admin).get("/api/assignments/" + id + "/skill-gaps?size=2&page=1").then().statusCode(200)
                .body("items.skill", equalTo(List.of(curriculum.skills().get(2)))).body("total", equalTo(3));
        Response csv = as(admin).accept("text/csv").get("/api/teams/" + teamA + "/skill-gaps?goal="
                + curriculum.goal());
        csv.then().statusCode(200);
        assertThat(csv.header("Content-Disposition")).contains("skill-gaps.csv");
        List<String> lines = csv.asString().lines().toList();
        assertThat(lines.get(0)).isEqualTo("skill,name,not_started,beginning,developing,mastered,mean_mastery");
        assertThat(lines.get(1)).startsWith(curriculum.skills().get(0) + ",Skill " + curriculum.skills().get(0)
                + ",1,1,0,1,");

        as(admin).get("/api/teams/" + teamA + "/skill-gaps").then().statusCode(400).contentType(PROBLEM);
        as(admin).get("/api/teams/" + teamA + "/skill-gaps?goal=no-such-goal").then().statusCode(400)
                .contentType(PROBLEM);
        as(admin).get("/api/teams/" + teamA + "/skill-gaps?goal=Not%20A%20Slug").then().statusCode(400);
    }

    @Test
    void onlyThoseWhoSeeTheAssignmentOrManageTheTeamReadItsReports() {
        String id = assign(null);
        String unknown = UUID.randomUUID().toString();
        String globexAdmin = user("globex-admin", "admin", "learner").organization(GLOBEX).sign();
        String goal = "?goal=" + curriculum.goal();
        for (String stranger : List.of(otherManager, globexAdmin)) {
            for (String report : List.of("/progress", "/skill-gaps")) {
                AssignmentApiTest.assertSameAsUnknown(as(stranger).get("/api/assignments/" + id + report),
                        as(stranger).get("/api/assignments/" + unknown + report), id, unknown);
            }
            AssignmentApiTest.assertSameAsUnknown(as(stranger).get("/api/teams/" + teamA + "/skill-gaps" + goal),
                    as(stranger).get("/api/teams/" + unknown + "/skill-gaps" + goal), teamA.toString(), unknown);
        }
        as(otherManager).get("/api/teams/" + teamB + "/skill-gaps" + goal).then().statusCode(200)
                .body("learners", equalTo(1));
        String learner = TestTokens.learner(Api.unique("learner"));
        as(learner).get("/api/assignments/" + id + "/progress").then().statusCode(403).contentType(PROBLEM);
        as(learner).get("/api/teams/" + teamA + "/skill-gaps" + goal).then().statusCode(403);
        as(TestTokens.integration()).get("/api/assignments/" + id + "/progress").then().statusCode(403);
        as(user("no-org-admin", "admin").organization(null).sign()).get("/api/assignments/" + id + "/progress")
                .then().statusCode(403).body("type", equalTo("urn:learnpath:problem:organization-required"));

        as(admin).get("/api/assignments/" + id + "/progress?status=LATE").then().statusCode(400)
                .contentType(PROBLEM);
        as(admin).get("/api/assignments/" + id + "/progress?size=0").then().statusCode(400);
        as(admin).get("/api/assignments/not-a-uuid/progress").then().statusCode(org.hamcrest.Matchers.anyOf(
                equalTo(400), equalTo(404))).contentType(PROBLEM);
    }

    @Test
    void aManagerReadsOnlyTheLearnersTheyManageNow() {
        // The manager assigns to their team, then the HR system gives the team to someone else.
        String id = as(manager).body(Map.of("goal", curriculum.goal(), "teamId", teamA.toString()))
                .post("/api/assignments").then().statusCode(201).extract().jsonPath().getString("id");
        as(manager).get("/api/assignments/" + id + "/progress").then().statusCode(200).body("total", equalTo(3));
        execute("delete from team_manager where team_id = ? and manager_id = ?", teamA, subjectOf(managerName));

        // They still see the assignment they made, but no longer its learners' activity.
        as(manager).get("/api/assignments/" + id).then().statusCode(200);
        as(manager).get("/api/assignments/" + id + "/progress").then().statusCode(200).body("total", equalTo(0))
                .body("summary.learners", equalTo(0)).body("items", org.hamcrest.Matchers.empty());
        as(manager).get("/api/assignments/" + id + "/skill-gaps").then().statusCode(200).body("learners", equalTo(0));
        as(manager).get("/api/teams/" + teamA + "/skill-gaps?goal=" + curriculum.goal()).then().statusCode(404);
        // An admin of the organization reads them all.
        as(admin).get("/api/assignments/" + id + "/progress").then().statusCode(200).body("total", equalTo(3));
    }

    private String assign(LocalDate due) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("goal", curriculum.goal(), "teamId",
                teamA.toString()));
        if (due != null) {
            body.put("dueDate", due.toString());
        }
        return as(admin).body(body).post("/api/assignments").then().statusCode(201).extract().jsonPath()
                .getString("id");
    }

    private AnswerEvent answer(String learner, String skill, boolean correct, Instant at, long millis) {
        List<UUID> items = curriculum.items().get(skill);
        return new AnswerEvent(AnswerEvent.SCHEMA_VERSION, UUID.randomUUID(), learner,
                items.get(Math.floorMod(at.getNano() + (int) at.getEpochSecond(), items.size())), 1, List.of(skill),
                correct, correct ? 1 : 0, millis, at, null, UUID.randomUUID(), 1, AnswerEvent.Source.LEARNER, 0.0,
                ACME);
    }

    private static Map<String, Object> row(List<Map<String, Object>> rows, String learner) {
        return rows.stream().filter(r -> learner.equals(r.get("learnerId"))).findFirst().orElseThrow();
    }

    private static void execute(String sql, UUID id, String text) {
        try (Connection c = PostgresResource.connect(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, id);
            if (text != null) {
                s.setString(2, text);
            }
            s.executeUpdate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
