package org.learnpath.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Scenario 9 (issue 27): a learner takes the placement assessment of data-analyst through the real APIs (the
 * recommender picks each item, a PLACEMENT session of the assessment service serves and grades it, the answer reaches
 * the recommender through the outbox and Kafka) and her path starts past the modules she showed. She knows the goal's
 * first modules in the catalog's study order: she answers every item of their skills right and every other item
 * wrong (keys read as an author). The placement asks at most 20 items, places her past known modules only, the path
 * shows them MASTERED with the placement's sentence and sends her on past them, and the placement answers counted as
 * no study: no mastery moved while she answered, and afterwards no skill the placement never asked about has a
 * practice. Also resume and skip (a skipped placement cannot be finished: 409) and the problems for a learner
 * without a goal or with a malformed goal.
 *
 * <p>Fresh acme learners, created for this scenario, rather than alice: the demo learners' states are shared by
 * every scenario of the run (LearnerJourneyIT sets alice's goal to data-analyst and answers, LearnerPathIT and
 * AssignmentFlowIT expect her modules to turn MASTERED by their own answers), a completed placement seeds masteries
 * and stays (it cannot be undone through any API, nor can "no goal chosen" be restored), and the 404 case needs a
 * learner who never chose a goal.
 */
@ExtendWith(E2eExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Order(4)
class PlacementIT {

    private static final String GOAL = "data-analyst";
    private static final String ACME = "acme";
    /** The modules the learner knows: the first ones in study order (prerequisites come first, so a down-set). */
    private static final int KNOWN_MODULES = 3;
    /** Placements ask at most 20 items (PLACEMENT sessions take no more). */
    private static final int MAX_ITEMS = 20;
    private static final Duration VISIBLE_WITHIN = Duration.ofSeconds(10);
    private static final int RESPONSE_MILLIS = 6000;

    private final E2e e2e;
    private final Keycloak kc;
    private final Items items;
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final List<String> users = new ArrayList<>();

    PlacementIT(E2e e2e) {
        this.e2e = e2e;
        this.kc = e2e.keycloak();
        this.items = new Items(e2e);
    }

    @AfterAll
    void cleanUp() {
        users.forEach(kc::deleteUser);
    }

    @Test
    void theLearnerTakesThePlacementAndHerPathStartsPastTheModulesSheShowed() {
        long t0 = System.nanoTime();
        Learner learner = newLearner("placed", true);
        List<String> order = studyOrder();
        JsonNode start = learner.path();
        Map<String, List<String>> skillsOf = skillsOf(start);
        assertThat(skillsOf.keySet()).as("the path's modules").containsExactlyInAnyOrderElementsOf(order);
        assertThat(start.path("masteredModules").asInt()).as("a new learner's path").isZero();
        List<String> knownModules = order.subList(0, KNOWN_MODULES);
        Set<String> knownSkills = new HashSet<>();
        knownModules.forEach(m -> knownSkills.addAll(skillsOf.get(m)));

        // Started: 201 with where to find it, the first item to ask.
        Api.Reply started = Api.post(learner.url(""), learner.token(), Api.object()).expect(201);
        assertThat(started.header("Location")).as("Location of %s", started).hasValueSatisfying(
                l -> assertThat(l).contains("/api/learners/").contains("/placement"));
        JsonNode view = started.json();
        assertThat(view.path("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(view.path("goalSlug").asText()).isEqualTo(GOAL);
        assertThat(view.path("answered").asInt()).isZero();
        assertThat(view.path("maxItems").asInt()).isBetween(1, MAX_ITEMS);
        assertThat(view.path("result").isNull()).as("no result while in progress: %s", view).isTrue();
        String placementId = view.path("placementId").asText();

        JsonNode session = Api.post(e2e.assessment("/api/sessions"), learner.token(), Api.object()
                .put("kind", "PLACEMENT").put("target", GOAL).put("items", MAX_ITEMS)).expect(201).json();
        assertThat(session.path("kind").asText()).isEqualTo("PLACEMENT");
        String sessionId = session.path("id").asText();

        // Ask, serve, answer, and wait until the recommender has counted the answer, until it has nothing to ask.
        Map<String, Integer> askedPerModule = new HashMap<>();
        Set<String> asked = new LinkedHashSet<>();
        int answers = 0;
        int right = 0;
        while (!view.path("done").asBoolean()) {
            assertThat(view.path("status").asText()).isEqualTo("IN_PROGRESS");
            assertThat(answers).as("answers so far, and still an item to ask: %s", view).isLessThan(MAX_ITEMS);
            JsonNode next = view.path("next");
            String itemId = next.path("itemId").asText();
            assertThat(itemId).as("the next item of %s", view).isNotEmpty();
            assertThat(asked).as("items asked before").doesNotContain(itemId);
            assertThat(skillsOf).as("modules of the path").containsKey(next.path("moduleSlug").asText());
            assertThat(next.path("questionPath").asText()).isEqualTo("/api/questions/" + itemId);
            List<String> skills = new ArrayList<>();
            next.path("skillCodes").forEach(s -> skills.add(s.asText()));
            assertThat(skillsOf.get(next.path("moduleSlug").asText())).as("skills of the item's module")
                    .containsAll(skills);
            boolean correct = knownSkills.containsAll(skills);

            JsonNode question = Api.get(e2e.assessment("/api/sessions/" + sessionId + "/next-item?itemId=" + itemId),
                    learner.token()).expect(200).json();
            assertThat(question.path("id").asText()).isEqualTo(itemId);
            assertThat(question.has("answer")).as("the question shows no key").isFalse();
            JsonNode result = Api.send("POST", e2e.assessment("/api/sessions/" + sessionId + "/answers"),
                    learner.token(), Api.object().put("itemId", itemId).put("responseTimeMillis", RESPONSE_MILLIS)
                            .set("response", items.response(itemId, correct)),
                    Map.of("Idempotency-Key", UUID.randomUUID().toString())).expect(200).json();
            assertThat(result.path("correct").asBoolean()).as("grade of %s", itemId).isEqualTo(correct);
            asked.add(itemId);
            askedPerModule.merge(next.path("moduleSlug").asText(), 1, Integer::sum);
            answers++;
            right += correct ? 1 : 0;
            int expected = answers;
            view = E2e.await(VISIBLE_WITHIN, "placement answer " + answers + " in the recommender", learner::placement,
                    v -> v.path("answered").asInt() >= expected || !"IN_PROGRESS".equals(v.path("status").asText()));
            assertThat(view.path("answered").asInt()).as("answers the placement counted").isEqualTo(answers);
        }
        assertThat(answers).as("answers the placement took").isBetween(1, MAX_ITEMS);
        assertThat(view.path("next").isNull()).as("no next item once done: %s", view).isTrue();

        // While in progress the answers taught nothing: no skill has a practice, no module is mastered.
        assertThat(learner.practiceCounts()).as("practice counts before finishing")
                .allSatisfy((skill, count) -> assertThat(count).as(skill).isZero());
        assertThat(learner.path().path("masteredModules").asInt()).as("mastered modules before finishing").isZero();

        JsonNode done = Api.post(learner.url("/finish"), learner.token(), null).expect(200).json();
        assertThat(done.path("status").asText()).isEqualTo("COMPLETED");
        assertThat(done.path("placementId").asText()).isEqualTo(placementId);
        assertThat(done.path("finishedAt").asText()).isNotBlank();
        assertThat(done.path("answered").asInt()).isEqualTo(answers);
        List<String> placed = new ArrayList<>();
        done.path("result").path("placedModules").forEach(m -> {
            placed.add(m.path("slug").asText());
            assertThat(m.path("sentence").asText()).as("why %s", m).containsIgnoringCase("placement");
        });
        System.out.printf(Locale.ROOT, "[e2e] %s: placement of %s took %d answers (%d right; per module %s), placed "
                        + "past %s; knows %s; in %.1f s%n", learner.username, GOAL, answers, right, askedPerModule,
                placed, knownModules, (System.nanoTime() - t0) / 1e9);
        List<String> knownFound = new ArrayList<>();
        done.path("result").path("skills").forEach(s -> {
            if (knownSkills.contains(s.path("code").asText())) {
                knownFound.add(String.format(Locale.ROOT, "%s %.3f (%d/%d right)", s.path("code").asText(),
                        s.path("known").asDouble(), s.path("correct").asInt(), s.path("answered").asInt()));
            }
        });
        System.out.printf("[e2e] %s: P(known) of the skills she knows: %s%n", learner.username, knownFound);
        assertThat(knownModules).as("modules she knows").containsAll(placed);
        assertThat(placed).as("modules placed past (the first two in study order at least)")
                .contains(order.get(0), order.get(1));
        assertThat(placed).as("placed past the last module").doesNotContain(order.get(order.size() - 1));
        assertThat(Api.post(learner.url("/finish"), learner.token(), null).expect(200).json()
                .path("result").path("placedModules")).as("finishing again").isEqualTo(done.path("result")
                .path("placedModules"));

        // The path starts past them: MASTERED, saying why, and the next step is a module beyond.
        JsonNode path = learner.path();
        Map<String, JsonNode> modules = new HashMap<>();
        path.path("modules").forEach(m -> modules.put(m.path("slug").asText(), m));
        for (String slug : placed) {
            JsonNode module = modules.get(slug);
            assertThat(module.path("status").asText()).as("%s in the path", slug).isEqualTo("MASTERED");
            assertThat(module.path("placement").path("sentence").asText()).as("%s in the path", slug)
                    .containsIgnoringCase("placement");
        }
        modules.values().stream().filter(m -> !placed.contains(m.path("slug").asText())).forEach(m ->
                assertThat(m.path("placement").isNull() || m.path("placement").isMissingNode())
                        .as("no placement note on %s", m.path("slug").asText()).isTrue());
        assertThat(path.path("masteredModules").asInt()).isEqualTo(placed.size());
        JsonNode step = path.path("nextStep");
        assertThat(step.path("kind").asText()).as("%s", step).isEqualTo("STUDY");
        assertThat(step.path("moduleSlug").asText()).as("the next step after the placement")
                .isNotEqualTo(order.get(0)).isNotIn(placed);
        JsonNode next = learner.next();
        assertThat(next.path("step").path("moduleSlug").asText()).isEqualTo(step.path("moduleSlug").asText());

        // Counted as no study: a skill the placement never asked about has no practice; an asked one counts exactly
        // its placement answers (what the result reports), nothing more.
        Map<String, Integer> answeredPerSkill = new HashMap<>();
        done.path("result").path("skills").forEach(s -> answeredPerSkill.put(s.path("code").asText(),
                s.path("answered").asInt()));
        assertThat(answeredPerSkill.values().stream().mapToInt(Integer::intValue).sum())
                .as("placement answers per skill").isGreaterThanOrEqualTo(answers);
        Map<String, Integer> practice = learner.practiceCounts();
        skillsOf.values().stream().flatMap(List::stream).distinct().forEach(skill -> assertThat(
                practice.getOrDefault(skill, 0)).as("practice count of %s", skill)
                .isEqualTo(answeredPerSkill.getOrDefault(skill, 0)));
        System.out.printf(Locale.ROOT, "[e2e] %s: path after the placement: %d of %d modules mastered, next %s %s%n",
                learner.username, path.path("masteredModules").asInt(), path.path("totalModules").asInt(),
                step.path("kind").asText(), step.path("moduleSlug").asText());
    }

    @Test
    void aPlacementResumesAndOnceSkippedCannotBeFinished() {
        Learner learner = newLearner("skipped", true);
        JsonNode view = Api.post(learner.url(""), learner.token(), Api.object().put("goalSlug", GOAL)).expect(201)
                .json();
        String placementId = view.path("placementId").asText();
        String itemId = view.path("next").path("itemId").asText();
        assertThat(itemId).as("a first item in %s", view).isNotEmpty();
        String sessionId = Api.post(e2e.assessment("/api/sessions"), learner.token(), Api.object()
                .put("kind", "PLACEMENT").put("target", GOAL).put("items", MAX_ITEMS)).expect(201).json()
                .path("id").asText();
        Api.get(e2e.assessment("/api/sessions/" + sessionId + "/next-item?itemId=" + itemId), learner.token())
                .expect(200);
        Api.send("POST", e2e.assessment("/api/sessions/" + sessionId + "/answers"), learner.token(), Api.object()
                        .put("itemId", itemId).put("responseTimeMillis", RESPONSE_MILLIS)
                        .set("response", items.response(itemId, true)),
                Map.of("Idempotency-Key", UUID.randomUUID().toString())).expect(200);
        E2e.await(VISIBLE_WITHIN, "the placement answer in the recommender", learner::placement,
                v -> v.path("answered").asInt() >= 1);

        // Resumed (200, the same placement, one answer), not started again; it asks another item.
        JsonNode resumed = Api.post(learner.url(""), learner.token(), Api.object()).expect(200).json();
        assertThat(resumed.path("placementId").asText()).isEqualTo(placementId);
        assertThat(resumed.path("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(resumed.path("answered").asInt()).isEqualTo(1);
        JsonNode again = learner.placement();
        assertThat(again.path("placementId").asText()).isEqualTo(placementId);
        assertThat(again.path("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(again.path("answered").asInt()).isEqualTo(1);
        assertThat(again.path("next").path("itemId").asText()).as("the next item after %s", itemId)
                .isNotEmpty().isNotEqualTo(itemId);

        JsonNode skipped = Api.post(learner.url("/skip"), learner.token(), null).expect(200).json();
        assertThat(skipped.path("status").asText()).isEqualTo("SKIPPED");
        assertThat(skipped.path("placementId").asText()).isEqualTo(placementId);
        assertThat(skipped.path("next").isNull()).isTrue();
        assertThat(skipped.path("done").asBoolean()).isFalse();
        assertThat(Api.post(learner.url("/skip"), learner.token(), null).expect(200).json().path("status").asText())
                .as("skipping again").isEqualTo("SKIPPED");
        assertThat(learner.placement().path("status").asText()).isEqualTo("SKIPPED");

        Api.Reply finish = Api.post(learner.url("/finish"), learner.token(), null);
        assertProblem(finish, 409);

        // A skipped placement seeds nothing: the path starts at its beginning, its one answer taught nothing.
        JsonNode path = learner.path();
        assertThat(path.path("masteredModules").asInt()).isZero();
        path.path("modules").forEach(m -> assertThat(m.path("placement").isNull() || m.path("placement")
                .isMissingNode()).as("no placement note on %s", m.path("slug").asText()).isTrue());
        assertThat(path.path("nextStep").path("moduleSlug").asText()).isEqualTo(studyOrder().get(0));
        assertThat(learner.practiceCounts()).allSatisfy((skill, count) -> assertThat(count).as(skill).isZero());
    }

    @Test
    void aLearnerWithoutAGoalOrWithAMalformedGoalGetsAProblem() {
        Learner learner = newLearner("no-goal", false);
        assertProblem(Api.post(learner.url(""), learner.token(), Api.object()), 404);
        assertProblem(Api.get(learner.url(""), learner.token()), 404);
        assertProblem(Api.post(learner.url("/finish"), learner.token(), null), 404);
        assertProblem(Api.post(learner.url(""), learner.token(), Api.object().put("goalSlug", "Not A Slug!")), 400);
        assertProblem(Api.post(learner.url(""), learner.token(), Api.object()
                .put("goalSlug", "e2e-no-such-goal-" + run)), 404);
    }

    private static void assertProblem(Api.Reply reply, int status) {
        assertThat(reply.status()).as("%s", reply).isEqualTo(status);
        assertThat(reply.header("Content-Type")).as("content type of %s", reply)
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(reply.json().path("status").asInt()).as("%s", reply).isEqualTo(status);
        assertThat(reply.json().path("title").asText()).as("%s", reply).isNotBlank();
    }

    /** The goal's modules in the catalog's study order. */
    private List<String> studyOrder() {
        List<String> order = new ArrayList<>();
        e2e.catalogJson("/api/goals/" + GOAL + "/study-order", kc.token("ada")).path("steps")
                .forEach(s -> order.add(s.path("slug").asText()));
        assertThat(order).as("study order of %s", GOAL).hasSizeGreaterThan(KNOWN_MODULES);
        return order;
    }

    /** Each module of the path with its skills. */
    private static Map<String, List<String>> skillsOf(JsonNode path) {
        Map<String, List<String>> skills = new HashMap<>();
        path.path("modules").forEach(m -> {
            List<String> codes = new ArrayList<>();
            m.path("skills").forEach(s -> codes.add(s.path("code").asText()));
            skills.put(m.path("slug").asText(), codes);
        });
        return skills;
    }

    private Learner newLearner(String role, boolean withGoal) {
        String username = "e2e-place-" + role + "-" + run;
        users.add(kc.createLearner(username, ACME));
        Learner learner = new Learner(username);
        if (withGoal) {
            Api.put(e2e.recommender("/api/learners/me/goal"), learner.token(), Api.object().put("goalSlug", GOAL),
                    Map.of()).expect(200);
        }
        return learner;
    }

    /** One learner's calls, as herself ({@code me}). */
    private final class Learner {

        final String username;

        Learner(String username) {
            this.username = username;
        }

        String token() {
            return kc.token(username);
        }

        String url(String suffix) {
            return e2e.recommender("/api/learners/me/placement" + suffix);
        }

        JsonNode placement() {
            return Api.get(url(""), token()).expect(200).json();
        }

        JsonNode path() {
            return Api.get(e2e.recommender("/api/learners/me/path"), token()).expect(200).json();
        }

        JsonNode next() {
            return Api.get(e2e.recommender("/api/learners/me/next"), token()).expect(200).json();
        }

        /** Practice count per skill with a mastery row (a skill without one was never practised). */
        Map<String, Integer> practiceCounts() {
            Map<String, Integer> counts = new HashMap<>();
            Api.get(e2e.recommender("/api/learners/me/mastery"), token()).expect(200).json().path("skills")
                    .forEach(s -> counts.put(s.path("code").asText(), s.path("practiceCount").asInt()));
            return counts;
        }
    }
}
