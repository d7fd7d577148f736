package org.learnpath.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Scenario 3: the integration service account (client credentials on learnpath-integration) records a batch of
 * answers given elsewhere for a learner, at their original times, and reads that learner's progress back from the
 * recommender.
 */
@ExtendWith(E2eExtension.class)
@Order(3)
class IntegrationClientIT {

    private static final Duration VISIBLE_WITHIN = Duration.ofSeconds(10);

    private final E2e e2e;
    private final Items items;

    IntegrationClientIT(E2e e2e) {
        this.e2e = e2e;
        this.items = new Items(e2e);
    }

    @Test
    void integrationRecordsABatchAndReadsTheLearnersProgress() {
        String integration = e2e.keycloak().integrationToken();
        assertThat(Keycloak.claims(integration).path("aud").toString()).contains("learnpath-api");
        // The learner is ada (a learner as well as an author); her id is her token's subject.
        String learner = e2e.keycloak().subject("ada");

        // Eight answers recorded two days ago by a partner system, on two skills, right and wrong.
        List<String> skills = List.of("pandas-data-structures", "descriptive-statistics");
        Instant start = Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        ArrayNode answers = Api.JSON.createArrayNode();
        Map<String, Integer> practice = new HashMap<>();
        Map<String, Integer> right = new HashMap<>();
        Map<String, Instant> last = new HashMap<>();
        List<Boolean> expectedCorrect = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String skill = skills.get(i % 2);
            List<JsonNode> bank = items.published(skill);
            assertThat(bank).as("published items of %s", skill).hasSizeGreaterThanOrEqualTo(4);
            String itemId = bank.get(i / 2).path("id").asText();
            boolean correct = i % 3 != 2;
            Instant answeredAt = start.plus(i, ChronoUnit.MINUTES);
            answers.addObject().put("learnerId", learner).put("itemId", itemId).put("responseTimeMillis", 12000)
                    .put("answeredAt", answeredAt.toString()).set("response", items.response(itemId, correct));
            expectedCorrect.add(correct);
            for (String s : items.skills(itemId)) {
                practice.merge(s, 1, Integer::sum);
                right.merge(s, correct ? 1 : 0, Integer::sum);
                last.merge(s, answeredAt, (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        ObjectNode batch = Api.object();
        batch.set("answers", answers);

        // All or nothing: one unknown item refuses the whole batch, naming it.
        ObjectNode broken = batch.deepCopy();
        ((ObjectNode) broken.get("answers").get(5)).put("itemId", UUID.randomUUID().toString());
        Api.Reply refused = Api.post(e2e.assessment("/api/integrations/answers"), integration, broken);
        assertThat(refused.status()).isIn(400, 404, 422);
        assertThat(refused.body()).contains("answers[5]");
        // Nothing stored: ada has no answers yet, so the assessment service does not know her at all (404).
        Api.Reply none = Api.get(e2e.assessment("/api/learners/" + learner + "/attempts"), integration);
        assertThat(none.status() == 404 || none.status() == 200 && none.json().isEmpty()).as("%s", none).isTrue();

        String key = "partner-import-" + UUID.randomUUID();
        JsonNode results = Api.send("POST", e2e.assessment("/api/integrations/answers"), integration, batch,
                Map.of("Idempotency-Key", key)).expect(200).json().path("results");
        assertThat(results).hasSize(8);
        for (int i = 0; i < 8; i++) {
            assertThat(results.get(i).path("learnerId").asText()).isEqualTo(learner);
            assertThat(results.get(i).path("correct").asBoolean()).as("answer %d graded", i).isEqualTo(expectedCorrect.get(i));
        }
        // A retry (same key) returns the first result and stores nothing twice.
        JsonNode again = Api.send("POST", e2e.assessment("/api/integrations/answers"), integration, batch,
                Map.of("Idempotency-Key", key)).expect(200).json().path("results");
        assertThat(again.findValuesAsText("attemptId")).isEqualTo(results.findValuesAsText("attemptId"));

        List<JsonNode> stored = attempts(integration, learner);
        assertThat(stored).hasSize(8);
        assertThat(stored).allMatch(a -> a.path("source").asText().equals("INTEGRATION"));
        assertThat(stored.stream().map(a -> Instant.parse(a.path("answeredAt").asText())).toList())
                .allMatch(t -> !t.isBefore(start) && t.isBefore(start.plus(10, ChronoUnit.MINUTES)));

        // Progress as the integration reads it from the recommender: each answer counted once, at its own time.
        // Until the first answer arrives there, the recommender does not know ada (404).
        long t0 = System.nanoTime();
        JsonNode mastery = E2e.await(VISIBLE_WITHIN, "the batch to reach the recommender",
                () -> Api.get(e2e.recommender("/api/learners/" + learner + "/mastery"), integration),
                reply -> reply.status() == 200 && practiceCounts(reply.json()).equals(practice)).json();
        System.out.printf("[e2e] integration batch visible in the recommender after %.2f s%n", (System.nanoTime() - t0) / 1e9);
        assertThat(mastery.path("learnerId").asText()).isEqualTo(learner);
        for (JsonNode skill : mastery.path("skills")) {
            String code = skill.path("code").asText();
            assertThat(skill.path("correctCount").asInt()).as("right answers on %s", code).isEqualTo(right.get(code));
            assertThat(Instant.parse(skill.path("lastPracticedAt").asText())).as("last practice of %s", code)
                    .isEqualTo(last.get(code));
        }
        JsonNode path = Api.get(e2e.recommender("/api/learners/" + learner + "/path?goal=data-analyst"), integration)
                .expect(200).json();
        assertThat(path.path("learnerId").asText()).isEqualTo(learner);
        List<Integer> counts = new ArrayList<>();
        path.path("modules").forEach(m -> m.path("skills").forEach(s -> {
            if (s.path("code").asText().equals(skills.get(0))) {
                counts.add(s.path("practiceCount").asInt());
            }
        }));
        assertThat(counts).isNotEmpty().allMatch(c -> c.equals(practice.get(skills.get(0))));
        assertThat(Api.get(e2e.recommender("/api/learners/" + learner + "/next?goal=data-analyst"), integration)
                .expect(200).json().path("step").path("kind").asText()).isIn("STUDY", "REVIEW");
        // The integration may set the learner's goal too.
        Api.put(e2e.recommender("/api/learners/" + learner + "/goal"), integration,
                Api.object().put("goalSlug", "data-analyst"), Map.of()).expect(200);
        assertThat(Api.get(e2e.recommender("/api/learners/" + learner + "/goal"), e2e.keycloak().token("ada"))
                .expect(200).json().path("goalSlug").asText()).isEqualTo("data-analyst");
    }

    private List<JsonNode> attempts(String token, String learner) {
        List<JsonNode> all = new ArrayList<>();
        Api.get(e2e.assessment("/api/learners/" + learner + "/attempts?size=100"), token).expect(200).json()
                .forEach(all::add);
        return all;
    }

    static Map<String, Integer> practiceCounts(JsonNode mastery) {
        Map<String, Integer> counts = new HashMap<>();
        mastery.path("skills").forEach(s -> counts.put(s.path("code").asText(), s.path("practiceCount").asInt()));
        return counts;
    }
}
