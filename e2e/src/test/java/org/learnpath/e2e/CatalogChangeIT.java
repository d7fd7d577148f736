package org.learnpath.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Scenario 2: an author changes the curriculum (a new goal, new modules, a new prerequisite, a goal extended with
 * PUT + If-Match) and an affected learner's path in the recommender follows within seconds, without a restart.
 */
@ExtendWith(E2eExtension.class)
@Order(2)
class CatalogChangeIT {

    private static final Duration VISIBLE_WITHIN = Duration.ofSeconds(10);
    private static final String BASE_MODULE = "python-for-data-analysis";

    private final E2e e2e;
    private final String ada;
    private final String bob;
    private final String prefix = "e2e-" + UUID.randomUUID().toString().substring(0, 8);

    CatalogChangeIT(E2e e2e) {
        this.e2e = e2e;
        this.ada = e2e.keycloak().token("ada");
        this.bob = e2e.keycloak().token("bob");
    }

    @Test
    void authorsChangesReachTheLearnersPathWithoutRestart() {
        List<String> baseSkills = texts(e2e.catalogJson("/api/modules/" + BASE_MODULE, ada).path("skills"));

        // A new module requiring an existing one, and a new goal made of it.
        String foundation = prefix + "-foundation";
        createModule(foundation, baseSkills.subList(0, 1), List.of(BASE_MODULE));
        String goal = prefix + "-goal";
        Api.post(e2e.catalog("/api/goals"), ada, Api.object().put("slug", goal).put("name", "E2E goal " + prefix)
                .put("description", "A goal created by the end-to-end tests.")
                .set("modules", Api.JSON.valueToTree(List.of(foundation)))).expect(201);

        // The learner picks it as soon as the recommender has it (catalog outbox -> Kafka -> recommender).
        long t0 = System.nanoTime();
        E2e.await(VISIBLE_WITHIN, "goal " + goal + " to reach the recommender",
                () -> Api.put(e2e.recommender("/api/learners/me/goal"), bob, Api.object().put("goalSlug", goal), Map.of()),
                reply -> reply.status() == 200);
        System.out.printf("[e2e] new goal usable in the recommender after %.2f s%n", (System.nanoTime() - t0) / 1e9);
        JsonNode path = path();
        List<String> order = LearnerJourneyIT.slugs(path.path("modules"));
        assertThat(order).contains(BASE_MODULE, foundation);
        assertThat(order.indexOf(BASE_MODULE)).isLessThan(order.indexOf(foundation));
        assertThat(order.get(order.size() - 1)).isEqualTo(foundation);
        assertThat(module(path, foundation).path("status").asText()).isEqualTo("LOCKED");
        assertThat(texts(module(path, foundation).path("missingPrerequisites"))).contains(BASE_MODULE);
        assertThat(order).containsExactlyInAnyOrderElementsOf(studyOrder(goal));

        // A new prerequisite (itself requiring a module outside the path so far) for the goal's module.
        String outside = firstModuleNotIn(order);
        String primer = prefix + "-primer";
        createModule(primer, baseSkills.subList(Math.min(1, baseSkills.size() - 1), baseSkills.size()), List.of(outside));
        Api.Reply current = Api.get(e2e.catalog("/api/modules/" + foundation), ada).expect(200);
        String etag = current.header("ETag").orElseThrow();
        ObjectNode changed = moduleBody(foundation, baseSkills.subList(0, 1), List.of(BASE_MODULE, primer));
        Api.put(e2e.catalog("/api/modules/" + foundation), ada, changed, Map.of()).expect(428);
        Api.put(e2e.catalog("/api/modules/" + foundation), ada, changed, Map.of("If-Match", "\"999\"")).expect(412);
        Api.put(e2e.catalog("/api/modules/" + foundation), ada, changed, Map.of("If-Match", etag)).expect(200);

        t0 = System.nanoTime();
        path = E2e.await(VISIBLE_WITHIN, "the new prerequisite " + primer + " in bob's path", this::path,
                p -> LearnerJourneyIT.slugs(p.path("modules")).contains(primer));
        System.out.printf("[e2e] new prerequisite in the learner's path after %.2f s%n", (System.nanoTime() - t0) / 1e9);
        order = LearnerJourneyIT.slugs(path.path("modules"));
        assertThat(order).contains(outside, primer, foundation);
        assertThat(order.indexOf(outside)).isLessThan(order.indexOf(primer));
        assertThat(order.indexOf(primer)).isLessThan(order.indexOf(foundation));
        assertThat(texts(module(path, foundation).path("missingPrerequisites"))).contains(primer);
        assertThat(order).containsExactlyInAnyOrderElementsOf(studyOrder(goal));

        // The goal itself grows by a module (PUT with If-Match on the goal).
        String capstone = prefix + "-capstone";
        createModule(capstone, baseSkills.subList(0, 1), List.of(foundation));
        Api.Reply goalNow = Api.get(e2e.catalog("/api/goals/" + goal), ada).expect(200);
        ObjectNode goalBody = Api.object().put("name", "E2E goal " + prefix)
                .put("description", "A goal created by the end-to-end tests, now with a capstone.");
        goalBody.set("modules", Api.JSON.valueToTree(List.of(foundation, capstone)));
        Api.put(e2e.catalog("/api/goals/" + goal), ada, goalBody, Map.of("If-Match", goalNow.header("ETag").orElseThrow()))
                .expect(200);

        t0 = System.nanoTime();
        path = E2e.await(VISIBLE_WITHIN, "module " + capstone + " in bob's path", this::path,
                p -> LearnerJourneyIT.slugs(p.path("modules")).contains(capstone));
        System.out.printf("[e2e] goal change in the learner's path after %.2f s%n", (System.nanoTime() - t0) / 1e9);
        order = LearnerJourneyIT.slugs(path.path("modules"));
        assertThat(order.get(order.size() - 1)).isEqualTo(capstone);
        assertThat(texts(module(path, capstone).path("missingPrerequisites"))).contains(foundation);
        assertThat(path.path("totalModules").asInt()).isEqualTo(order.size());
        assertThat(order).containsExactlyInAnyOrderElementsOf(studyOrder(goal));

        // And the learner is sent to a module that is ready.
        JsonNode next = Api.get(e2e.recommender("/api/learners/me/next"), bob).expect(200).json();
        assertThat(next.path("goalSlug").asText()).isEqualTo(goal);
        assertThat(next.path("step").path("kind").asText()).isEqualTo("STUDY");
        assertThat(module(path, next.path("step").path("moduleSlug").asText()).path("status").asText()).isEqualTo("READY");
    }

    /**
     * The curriculum the migrations seed reaches the recommender through the catalog topic like any edit: the math
     * foundations (catalog V4) are in the paths of the goals that now contain them, before what builds on them, and
     * the interview goal has its visualization and storytelling modules.
     */
    @Test
    void theSeededCurriculumReachesTheRecommenderWithItsLatestChanges() {
        JsonNode path = E2e.await(VISIBLE_WITHIN, "ml-foundations with the math modules in the recommender",
                () -> Api.get(e2e.recommender("/api/learners/me/path?goal=ml-foundations"), ada).expect(200).json(),
                p -> LearnerJourneyIT.slugs(p.path("modules")).contains("calculus-for-ml"));
        List<String> order = LearnerJourneyIT.slugs(path.path("modules"));
        assertThat(order).contains("linear-algebra-for-ml", "calculus-for-ml", "linear-regression");
        assertThat(order.indexOf("linear-algebra-for-ml")).isLessThan(order.indexOf("calculus-for-ml"));
        assertThat(order.indexOf("calculus-for-ml")).isLessThan(order.indexOf("linear-regression"));
        assertThat(texts(module(path, "linear-regression").path("missingPrerequisites")))
                .as("linear regression waits for the calculus it uses").contains("calculus-for-ml");
        List<String> interview = LearnerJourneyIT.slugs(Api.get(
                e2e.recommender("/api/learners/me/path?goal=ml-interview-ready"), ada).expect(200).json()
                .path("modules"));
        assertThat(interview).contains("interactive-visualization-plotly", "data-storytelling");
    }

    private JsonNode path() {
        return Api.get(e2e.recommender("/api/learners/me/path"), bob).expect(200).json();
    }

    private List<String> studyOrder(String goal) {
        List<String> slugs = new ArrayList<>();
        e2e.catalogJson("/api/goals/" + goal + "/study-order", bob).path("steps")
                .forEach(s -> slugs.add(s.path("slug").asText()));
        return slugs;
    }

    private String firstModuleNotIn(List<String> path) {
        for (JsonNode module : e2e.catalogJson("/api/modules?size=100", ada).path("items")) {
            String slug = module.path("slug").asText();
            if (!path.contains(slug) && !slug.startsWith("e2e-")) {
                return slug;
            }
        }
        throw new AssertionError("every catalog module is already in the path");
    }

    private void createModule(String slug, List<String> skills, List<String> prerequisites) {
        Api.Reply created = Api.post(e2e.catalog("/api/modules"), ada, moduleBody(slug, skills, prerequisites)).expect(201);
        assertThat(created.header("ETag")).isPresent();
    }

    private ObjectNode moduleBody(String slug, List<String> skills, List<String> prerequisites) {
        ObjectNode body = Api.object().put("slug", slug).put("title", "E2E module " + slug)
                .put("summary", "A module created by the end-to-end tests.").put("area", "DATA_ANALYSIS")
                .put("level", "BEGINNER").put("estimatedMinutes", 60);
        body.set("skills", Api.JSON.valueToTree(skills));
        body.set("prerequisites", Api.JSON.valueToTree(prerequisites));
        return body;
    }

    private static JsonNode module(JsonNode path, String slug) {
        for (JsonNode module : path.path("modules")) {
            if (module.path("slug").asText().equals(slug)) {
                return module;
            }
        }
        throw new AssertionError("no module " + slug + " in " + path);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(t -> texts.add(t.asText()));
        return texts;
    }
}
