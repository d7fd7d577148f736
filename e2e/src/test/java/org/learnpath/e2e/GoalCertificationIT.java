package org.learnpath.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Scenario 8: a goal is complete only when the answers certify it as a whole, not as soon as every module is
 * mastered. maria makes a goal of her organization over three new modules of three skills each, none with
 * prerequisites; two new acme learners (created for this scenario, so that nothing any other scenario answered
 * counts) follow the recommender's next item through assessment sessions. The first answers everything right: once
 * every module is mastered the path's step is CERTIFY, the goal's certification probability is below its target, and
 * the item is one she never answered; after the checks the goal is complete and certified. The second does the same
 * until the first check and answers it wrong: the goal stays incomplete and the path sends her back to study (or
 * review).
 */
@ExtendWith(E2eExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Order(4)
class GoalCertificationIT {

    /**
     * The goal's modules (by slug suffix) and their skills: those of three seeded modules, a dozen published
     * single-skill items each, which no other scenario answers. Nine skills, because a skill's evidence is typically
     * 0.95-0.99 when it becomes mastered (one right answer from just below the 0.95 threshold), so a goal of three
     * skills is often certified the moment its last skill is mastered and the check is never asked, while nine
     * skills at 0.99 are all known with probability 0.91.
     */
    private static final List<Map.Entry<String, List<String>>> MODULES = List.of(
            Map.entry("clustering", List.of("k-means-clustering", "hierarchical-clustering", "dbscan")),
            Map.entry("reduction", List.of("pca", "tsne-umap", "anomaly-detection")),
            Map.entry("neurons", List.of("perceptron", "activation-functions", "backpropagation")));
    private static final List<String> SKILLS = MODULES.stream().flatMap(m -> m.getValue().stream()).toList();
    private static final String ACME = "acme";
    private static final Duration VISIBLE_WITHIN = Duration.ofSeconds(10);
    private static final int RESPONSE_MILLIS = 8000;
    /** Far more than a learner who answers everything right needs for nine skills and their checks (about 40). */
    private static final int MAX_ANSWERS = 90;
    private static final int SESSION_ITEMS = 20;

    private final E2e e2e;
    private final Keycloak kc;
    private final Items items;
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String goal = "e2e-cert-goal-" + run;
    private final List<String> modules = new ArrayList<>();
    private final List<String> users = new ArrayList<>();
    private boolean goalCreated;

    GoalCertificationIT(E2e e2e) {
        this.e2e = e2e;
        this.kc = e2e.keycloak();
        this.items = new Items(e2e);
    }

    /** The modules (by ada) and maria's organization goal over them, known to the recommender. */
    @BeforeAll
    void prepare() {
        MODULES.forEach(module -> {
            String name = module.getKey();
            String slug = "e2e-cert-" + name + "-" + run;
            ObjectNode moduleBody = Api.object().put("slug", slug).put("title", "E2E certification " + name + " " + run)
                    .put("summary", "Three skills, no prerequisites: mastered in a few answers, then checked.")
                    .put("area", "MACHINE_LEARNING").put("level", "BEGINNER").put("estimatedMinutes", 30);
            module.getValue().forEach(moduleBody.putArray("skills")::add);
            moduleBody.putArray("prerequisites");
            Api.post(e2e.catalog("/api/modules"), kc.token("ada"), moduleBody).expect(201);
            modules.add(slug);
        });
        ObjectNode goalBody = Api.object().put("slug", goal).put("name", "Certification goal " + run)
                .put("description", "maria's goal for the certification check, from the end-to-end tests.")
                .put("audience", "ORGANIZATION");
        modules.forEach(goalBody.putArray("modules")::add);
        Api.post(e2e.catalog("/api/goals"), kc.token("maria"), goalBody).expect(201);
        goalCreated = true;
        E2e.await(VISIBLE_WITHIN, "goal " + goal + " and its modules to reach the recommender",
                () -> Api.get(e2e.recommender("/api/learners/me/path?goal=" + goal), kc.token("maria")),
                reply -> reply.status() == 200 && reply.json().path("modules").size() == modules.size());
    }

    @AfterAll
    void cleanUp() {
        users.forEach(kc::deleteUser);
        if (goalCreated) {
            Api.delete(e2e.catalog("/api/goals/" + goal), kc.token("maria"));
        }
        modules.forEach(slug -> Api.delete(e2e.catalog("/api/modules/" + slug), kc.token("grace")));
    }

    @Test
    void aLearnerWhoAnswersEverythingRightPassesTheCertificationCheckAndCompletesTheGoal() {
        long t0 = System.nanoTime();
        Learner learner = newLearner("right");
        JsonNode start = learner.path();
        assertThat(start.path("complete").asBoolean()).isFalse();
        assertThat(start.path("certification").path("certified").asBoolean()).isFalse();
        assertThat(start.path("certification").path("skillCount").asInt()).isEqualTo(SKILLS.size());
        assertThat(codes(start.path("certification").path("skillsToCheck")))
                .as("skills to check before any answer").containsExactlyInAnyOrderElementsOf(SKILLS);

        int checks = 0;
        JsonNode next = learner.next();
        while (!"GOAL_COMPLETE".equals(kind(next))) {
            assertThat(learner.answers()).as("answers without completing the goal; last %s", next)
                    .isLessThan(MAX_ANSWERS);
            if ("CERTIFY".equals(kind(next))) {
                assertCertificationCheck(learner, next);
                checks++;
            } else {
                assertThat(kind(next)).as("step before the goal is certified: %s", next).isIn("STUDY", "REVIEW");
                assertThat(checks).as("a study step after a passed check: %s", next).isZero();
            }
            learner.answer(next, true);
            next = learner.next();
        }
        assertThat(checks).as("CERTIFY steps on the way to GOAL_COMPLETE").isPositive();
        assertThat(next.path("item").isNull()).as("no item once the goal is complete: %s", next).isTrue();

        JsonNode done = learner.path();
        assertThat(done.path("complete").asBoolean()).as("%s", done).isTrue();
        assertThat(done.path("nextStep").path("kind").asText()).isEqualTo("GOAL_COMPLETE");
        assertThat(done.path("masteredModules").asInt()).isEqualTo(done.path("totalModules").asInt());
        JsonNode certification = done.path("certification");
        assertThat(certification.path("certified").asBoolean()).isTrue();
        assertThat(certification.path("skillsToCheck")).isEmpty();
        assertThat(certification.path("probability").asDouble())
                .isGreaterThanOrEqualTo(certification.path("target").asDouble());
        System.out.printf(Locale.ROOT, "[e2e] %s: goal complete after %d answers (%d certification checks), "
                        + "certification probability %.4f, in %.1f s%n", learner.username, learner.answers(), checks,
                certification.path("probability").asDouble(), (System.nanoTime() - t0) / 1e9);
    }

    @Test
    void aLearnerWhoFailsTheCertificationCheckIsSentBackAndTheGoalStaysIncomplete() {
        long t0 = System.nanoTime();
        Learner learner = newLearner("wrong");
        JsonNode next = learner.next();
        while (!"CERTIFY".equals(kind(next))) {
            assertThat(learner.answers()).as("answers without reaching the certification check; last %s", next)
                    .isLessThan(MAX_ANSWERS);
            assertThat(kind(next)).as("step before every module is mastered: %s", next).isIn("STUDY", "REVIEW");
            learner.answer(next, true);
            next = learner.next();
        }
        assertCertificationCheck(learner, next);
        String checked = next.path("step").path("skillCode").asText();

        learner.answer(next, false);
        JsonNode path = learner.path();
        assertThat(path.path("complete").asBoolean()).as("%s", path).isFalse();
        assertThat(path.path("nextStep").path("kind").asText()).as("the step after a failed check: %s",
                path.path("nextStep")).isIn("STUDY", "REVIEW");
        assertThat(path.path("certification").path("certified").asBoolean()).isFalse();
        assertThat(codes(path.path("certification").path("skillsToCheck"))).contains(checked);
        assertThat(path.path("masteredModules").asInt()).isLessThan(path.path("totalModules").asInt());
        JsonNode after = learner.next();
        assertThat(kind(after)).isIn("STUDY", "REVIEW");
        assertThat(after.path("item").path("reason").path("kind").asText()).isNotEqualTo("ITEM_CERTIFICATION_CHECK");
        System.out.printf(Locale.ROOT, "[e2e] %s: failed the check of %s after %d answers; next %s %s, certification "
                        + "probability %.4f, in %.1f s%n", learner.username, checked, learner.answers(),
                path.path("nextStep").path("kind").asText(), path.path("nextStep").path("skillCode").asText(),
                path.path("certification").path("probability").asDouble(), (System.nanoTime() - t0) / 1e9);
    }

    /**
     * A CERTIFY step as the path and the next item show it: every module mastered, the goal's probability short of
     * its target, the step's skill the first of those to check, and the item one the learner never answered (by the
     * test's count and by the assessment service's own record of her attempts).
     */
    private void assertCertificationCheck(Learner learner, JsonNode next) {
        String skill = next.path("step").path("skillCode").asText();
        assertThat(next.path("step").path("reason").path("kind").asText()).isEqualTo("CERTIFICATION_CHECK");
        JsonNode path = learner.path();
        assertThat(path.path("nextStep").path("kind").asText()).as("%s", path.path("nextStep")).isEqualTo("CERTIFY");
        assertThat(path.path("nextStep").path("skillCode").asText()).isEqualTo(skill);
        assertThat(path.path("nextStep").path("reason").path("kind").asText()).isEqualTo("CERTIFICATION_CHECK");
        assertThat(path.path("complete").asBoolean()).isFalse();
        assertThat(path.path("masteredModules").asInt()).isEqualTo(path.path("totalModules").asInt());
        JsonNode certification = path.path("certification");
        assertThat(certification.path("certified").asBoolean()).isFalse();
        assertThat(certification.path("probability").asDouble()).as("%s", certification)
                .isLessThan(certification.path("target").asDouble());
        assertThat(certification.path("skillsToCheck")).as("%s", certification).isNotEmpty();
        assertThat(certification.path("skillsToCheck").get(0).path("code").asText()).isEqualTo(skill);

        JsonNode item = next.path("item");
        String itemId = item.path("itemId").asText();
        assertThat(item.path("skillCode").asText()).isEqualTo(skill);
        assertThat(item.path("reason").path("kind").asText()).as("%s", item).isEqualTo("ITEM_CERTIFICATION_CHECK");
        assertThat(learner.answered).as("items %s answered before", learner.username).doesNotContain(itemId);
        assertThat(learner.attemptedItems()).as("items in %s's attempts", learner.username).doesNotContain(itemId);
        List<String> toCheck = new ArrayList<>();
        certification.path("skillsToCheck").forEach(s -> toCheck.add(s.path("code").asText() + " "
                + s.path("evidence").asText()));
        System.out.printf(Locale.ROOT, "[e2e] %s: CERTIFY %s after %d answers, certification probability %.4f < %.2f,"
                        + " to check %s; item %s (never answered)%n", learner.username, skill, learner.answers(),
                certification.path("probability").asDouble(), certification.path("target").asDouble(), toCheck,
                itemId);
    }

    private Learner newLearner(String role) {
        String username = "e2e-cert-" + role + "-" + run;
        users.add(kc.createLearner(username, ACME));
        Learner learner = new Learner(username);
        Api.put(e2e.recommender("/api/learners/me/goal"), learner.token(), Api.object().put("goalSlug", goal),
                Map.of()).expect(200);
        return learner;
    }

    private static String kind(JsonNode next) {
        return next.path("step").path("kind").asText();
    }

    private static List<String> codes(JsonNode skills) {
        List<String> codes = new ArrayList<>();
        skills.forEach(s -> codes.add(s.path("code").asText()));
        return codes;
    }

    /** Answers counted over the goal's skills (each item measures one of them). */
    private static int practiceCount(JsonNode path) {
        int count = 0;
        for (JsonNode module : path.path("modules")) {
            for (JsonNode skill : module.path("skills")) {
                count += skill.path("practiceCount").asInt();
            }
        }
        return count;
    }

    /** One learner answering through assessment sessions (one per skill, a new one when it cannot take the item). */
    private final class Learner {

        final String username;
        final Set<String> answered = new HashSet<>();
        private final Map<String, String> sessionOfSkill = new HashMap<>();
        private final Map<String, Set<String>> answeredInSession = new HashMap<>();
        private int answers;

        Learner(String username) {
            this.username = username;
        }

        String token() {
            return kc.token(username);
        }

        int answers() {
            return answers;
        }

        JsonNode path() {
            return Api.get(e2e.recommender("/api/learners/me/path"), token()).expect(200).json();
        }

        JsonNode next() {
            return Api.get(e2e.recommender("/api/learners/me/next"), token()).expect(200).json();
        }

        /** The items of the learner's attempts as the assessment service stored them. */
        Set<String> attemptedItems() {
            Set<String> ids = new HashSet<>();
            Api.get(e2e.assessment("/api/learners/me/attempts?size=100"), token()).expect(200).json()
                    .forEach(a -> ids.add(a.path("itemId").asText()));
            return ids;
        }

        /** Answers the item {@code next} names, right or wrong, and waits until the recommender counted it. */
        void answer(JsonNode next, boolean correct) {
            String itemId = next.path("item").path("itemId").asText();
            String skill = next.path("item").path("skillCode").asText();
            assertThat(itemId).as("an item to answer in %s", next).isNotEmpty();
            String session = sessionOfSkill.get(skill);
            if (session == null || answeredInSession.get(session).contains(itemId)
                    || answeredInSession.get(session).size() >= SESSION_ITEMS) {
                session = Api.post(e2e.assessment("/api/sessions"), token(), Api.object().put("kind", "SKILL")
                        .put("target", skill).put("items", SESSION_ITEMS)).expect(201).json().path("id").asText();
                sessionOfSkill.put(skill, session);
                answeredInSession.put(session, new HashSet<>());
            }
            Api.get(e2e.assessment("/api/sessions/" + session + "/next-item?itemId=" + itemId), token()).expect(200);
            JsonNode result = Api.send("POST", e2e.assessment("/api/sessions/" + session + "/answers"), token(),
                    Api.object().put("itemId", itemId).put("responseTimeMillis", RESPONSE_MILLIS)
                            .set("response", items.response(itemId, correct)),
                    Map.of("Idempotency-Key", UUID.randomUUID().toString())).expect(200).json();
            assertThat(result.path("correct").asBoolean()).as("grade of %s", itemId).isEqualTo(correct);
            answeredInSession.get(session).add(itemId);
            answered.add(itemId);
            answers++;
            int expected = answers;
            JsonNode path = E2e.await(VISIBLE_WITHIN, username + "'s answer " + answers + " in the recommender",
                    this::path, p -> practiceCount(p) >= expected);
            assertThat(practiceCount(path)).isEqualTo(expected);
            System.out.printf(Locale.ROOT, "[e2e] %s #%d %s %s %s: certification probability %.4f; next %s %s%n",
                    username, answers, kind(next), skill, correct ? "right" : "wrong",
                    path.path("certification").path("probability").asDouble(),
                    path.path("nextStep").path("kind").asText(), path.path("nextStep").path("skillCode").asText(""));
        }
    }
}
