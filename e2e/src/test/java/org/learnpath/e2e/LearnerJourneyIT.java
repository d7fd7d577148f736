package org.learnpath.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Scenario 1: a learner (alice, password grant on learnpath-portal) picks a goal, gets the path and the next item,
 * answers a series of items right and wrong through an assessment session, and after each answer sees her mastery,
 * the next step and its reason change within a bounded time.
 */
@ExtendWith(E2eExtension.class)
@Order(1)
class LearnerJourneyIT {

    private static final String GOAL = "data-analyst";
    /** How long an answer may take to show in the recommender (assessment outbox -> Kafka -> recommender). */
    private static final Duration VISIBLE_WITHIN = Duration.ofSeconds(10);

    private final E2e e2e;
    private final Items items;
    private final String alice;

    LearnerJourneyIT(E2e e2e) {
        this.e2e = e2e;
        this.items = new Items(e2e);
        this.alice = e2e.keycloak().token("alice");
    }

    @Test
    void learnerChoosesGoalFollowsPathAndSeesEveryAnswerCount() {
        String aliceId = e2e.keycloak().subject("alice");

        // Goal: chosen through the recommender, named from the catalog.
        JsonNode goal = Api.put(e2e.recommender("/api/learners/me/goal"), alice,
                Api.object().put("goalSlug", GOAL), Map.of()).expect(200).json();
        assertThat(goal.path("learnerId").asText()).isEqualTo(aliceId);
        assertThat(goal.path("goalSlug").asText()).isEqualTo(GOAL);
        assertThat(goal.path("goalName").asText()).isEqualTo("Data Analyst");
        assertThat(Api.get(e2e.recommender("/api/learners/" + aliceId + "/goal"), alice).expect(200).json()
                .path("goalSlug").asText()).isEqualTo(GOAL);

        // Path: the goal's modules and all they require, in an order that respects the catalog's prerequisites.
        JsonNode path = Api.get(e2e.recommender("/api/learners/me/path"), alice).expect(200).json();
        assertThat(path.path("goalSlug").asText()).isEqualTo(GOAL);
        assertThat(path.path("complete").asBoolean()).isFalse();
        List<String> order = slugs(path.path("modules"));
        JsonNode studyOrder = e2e.catalogJson("/api/goals/" + GOAL + "/study-order", alice);
        List<String> catalogOrder = new ArrayList<>();
        studyOrder.path("steps").forEach(s -> catalogOrder.add(s.path("slug").asText()));
        assertThat(order).containsExactlyInAnyOrderElementsOf(catalogOrder);
        JsonNode catalogGoal = e2e.catalogJson("/api/goals/" + GOAL, alice);
        catalogGoal.path("modules").forEach(m -> assertThat(order).contains(m.asText()));
        for (String slug : order) {
            JsonNode module = e2e.catalogJson("/api/modules/" + slug, alice);
            module.path("prerequisites").forEach(p -> assertThat(order.indexOf(p.asText()))
                    .as("prerequisite %s of %s comes first", p.asText(), slug).isLessThan(order.indexOf(slug)));
        }
        assertThat(path.path("modules").get(0).path("status").asText()).isEqualTo("READY");
        assertThat(path.path("nextStep").path("kind").asText()).isEqualTo("STUDY");
        assertThat(path.path("nextStep").path("reason").path("sentence").asText()).isNotBlank();

        JsonNode next = Api.get(e2e.recommender("/api/learners/me/next"), alice).expect(200).json();
        assertThat(next.path("step").path("kind").asText()).isEqualTo("STUDY");
        assertThat(next.path("item").path("questionPath").asText()).startsWith("/api/questions/");

        // A series of answers, right and wrong, each to the item the recommender picks.
        boolean[] pattern = { true, true, false, true, false, true };
        String sessionId = null;
        String sessionSkill = null;
        int inSession = 0;
        Set<String> sessions = new HashSet<>();
        Map<String, Integer> answeredPerSession = new HashMap<>();
        for (boolean correct : pattern) {
            JsonNode item = next.path("item");
            String itemId = item.path("itemId").asText();
            String skill = item.path("skillCode").asText();
            assertThat(item.path("reason").path("sentence").asText()).isNotBlank();

            // The learner sees the question, never its answer.
            JsonNode question = Api.get(e2e.assessment(item.path("questionPath").asText()), alice).expect(200).json();
            assertThat(question.path("id").asText()).isEqualTo(itemId);
            assertThat(question.has("answer")).isFalse();
            assertThat(question.has("explanation")).isFalse();
            assertThat(question.path("skills").toString()).contains(skill);

            if (!skill.equals(sessionSkill)) {
                JsonNode session = Api.post(e2e.assessment("/api/sessions"), alice, Api.object()
                        .put("kind", "SKILL").put("target", skill).put("items", 20)).expect(201).json();
                sessionId = session.path("id").asText();
                sessionSkill = skill;
                sessions.add(sessionId);
                // The session's own choice of item is a question without answer key as well.
                JsonNode offered = Api.get(e2e.assessment("/api/sessions/" + sessionId + "/next-item"), alice)
                        .expect(200).json();
                assertThat(offered.path("skills").toString()).contains(skill);
                assertThat(offered.has("answer")).isFalse();
            }

            JsonNode before = skill(mastery(), skill);
            int practiced = before == null ? 0 : before.path("practiceCount").asInt();
            int correctSoFar = before == null ? 0 : before.path("correctCount").asInt();
            double masteryBefore = before == null ? -1 : before.path("lastMastery").asDouble();

            // The session serves the item the recommender named; it takes an answer to no other.
            Api.get(e2e.assessment("/api/sessions/" + sessionId + "/next-item?itemId=" + itemId), alice).expect(200);
            long t0 = System.nanoTime();
            JsonNode result = Api.send("POST", e2e.assessment("/api/sessions/" + sessionId + "/answers"), alice,
                    Api.object().put("itemId", itemId).put("responseTimeMillis", 8000)
                            .set("response", items.response(itemId, correct)),
                    Map.of("Idempotency-Key", UUID.randomUUID().toString())).expect(200).json();
            assertThat(result.path("correct").asBoolean()).isEqualTo(correct);
            assertThat(result.path("learnerId").asText()).isEqualTo(aliceId);
            assertThat(result.path("correctAnswer").isObject()).isTrue();
            answeredPerSession.merge(sessionId, 1, Integer::sum);

            // Mastery: exactly one more practice of the skill, within the bound.
            JsonNode after = E2e.await(VISIBLE_WITHIN, "answer to " + itemId + " to reach the recommender",
                    () -> skill(mastery(), skill),
                    s -> s != null && s.path("practiceCount").asInt() >= practiced + 1);
            double seconds = (System.nanoTime() - t0) / 1e9;
            assertThat(after.path("practiceCount").asInt()).isEqualTo(practiced + 1);
            assertThat(after.path("correctCount").asInt()).isEqualTo(correctSoFar + (correct ? 1 : 0));
            double masteryAfter = after.path("lastMastery").asDouble();
            if (correct) {
                assertThat(masteryAfter).as("mastery of %s after a right answer", skill).isGreaterThan(masteryBefore);
            } else if (masteryBefore >= 0.5) {
                // (Far below 0.5 the learning transition can outweigh the evidence of one wrong answer.)
                assertThat(masteryAfter).as("mastery of %s after a wrong answer", skill).isLessThan(masteryBefore);
            }

            // Next step and its reason follow: they now quote the new mastery (or moved on to another step).
            JsonNode newNext = Api.get(e2e.recommender("/api/learners/me/next"), alice).expect(200).json();
            assertThat(newNext.path("step").path("reason").toString() + newNext.path("item").path("reason"))
                    .as("next step and reason after answering %s (%s)", itemId, correct ? "right" : "wrong")
                    .isNotEqualTo(next.path("step").path("reason").toString() + next.path("item").path("reason"));
            JsonNode reason = newNext.path("step").path("reason");
            JsonNode reasonSkill = skill(mastery(), reason.path("skillCode").asText());
            if (reasonSkill != null) {
                assertThat(reason.path("mastery").asDouble()).isCloseTo(reasonSkill.path("mastery").asDouble(),
                        org.assertj.core.data.Offset.offset(0.01));
            }
            // The path shows the same count for the skill.
            JsonNode newPath = Api.get(e2e.recommender("/api/learners/me/path"), alice).expect(200).json();
            assertThat(pathSkillPracticeCounts(newPath, skill)).isNotEmpty().allMatch(c -> c == practiced + 1);
            System.out.printf("[e2e] alice answered %s (%s, %s): mastery %s -> %.3f, visible after %.2f s; next: %s%n",
                    itemId, skill, correct ? "right" : "wrong",
                    masteryBefore < 0 ? "unpractised" : String.format(java.util.Locale.ROOT, "%.3f", masteryBefore),
                    masteryAfter, seconds, reason.path("sentence").asText());
            next = newNext;
            inSession++;
        }
        assertThat(inSession).isEqualTo(pattern.length);

        // The assessment service kept every answer in its session.
        for (Map.Entry<String, Integer> session : answeredPerSession.entrySet()) {
            assertThat(Api.get(e2e.assessment("/api/sessions/" + session.getKey() + "/attempts"), alice).expect(200)
                    .json().size()).isEqualTo(session.getValue());
        }
        List<String> listed = new ArrayList<>();
        Api.get(e2e.assessment("/api/sessions"), alice).expect(200).json().forEach(s -> listed.add(s.path("id").asText()));
        assertThat(listed).containsAll(sessions);
    }

    private JsonNode mastery() {
        return Api.get(e2e.recommender("/api/learners/me/mastery"), alice).expect(200).json();
    }

    private static JsonNode skill(JsonNode mastery, String code) {
        for (JsonNode skill : mastery.path("skills")) {
            if (skill.path("code").asText().equals(code)) {
                return skill;
            }
        }
        return null;
    }

    private static List<Integer> pathSkillPracticeCounts(JsonNode path, String code) {
        List<Integer> counts = new ArrayList<>();
        path.path("modules").forEach(m -> m.path("skills").forEach(s -> {
            if (s.path("code").asText().equals(code)) {
                counts.add(s.path("practiceCount").asInt());
            }
        }));
        return counts;
    }

    static List<String> slugs(JsonNode modules) {
        List<String> slugs = new ArrayList<>();
        modules.forEach(m -> slugs.add(m.path("slug").asText()));
        return slugs;
    }
}
