package org.learnpath.assessment.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.learnpath.assessment.Fixtures.as;
import static org.learnpath.assessment.Fixtures.numeric;
import static org.learnpath.assessment.Fixtures.numericItem;
import static org.learnpath.assessment.Fixtures.unique;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.learnpath.assessment.model.Response;
import org.learnpath.events.answer.AnswerEvent;
import org.learnpath.rest.ProblemException;
import org.learnpath.testinfra.LearnPathTestResources;
import org.learnpath.testinfra.PostgresResource;
import org.learnpath.testinfra.TestTokens;

/**
 * Grading reads items from memory: an edit through this instance is seen by the very next answer, and one made
 * behind its back (another instance writing the same database) within {@code learnpath.assessment.items.refresh-after}
 * (1 s in tests) even for an item answered all the time, and an unchanged item is not read again.
 */
@QuarkusTest
@LearnPathTestResources
class ItemSnapshotsTest {

    private static final String AUTHOR = TestTokens.author("ada");

    @Inject
    AnswerWriter writer;

    @Inject
    ItemSnapshots snapshots;

    @Inject
    MeterRegistry registry;

    @Test
    void aBusyItemIsReadFromTheDatabaseOnceAndThenOnlyCheckedForEdits() throws InterruptedException {
        UUID item = numericItem(unique("snapshots-hits"));
        String learner = TestTokens.subjectOf(unique("snapshots-hits"));
        double before = loads();
        // Four refresh periods (1 s in tests): re-reading each item once per period would load it 4 or 5 times.
        Instant until = Instant.now().plusSeconds(4);
        int answers = 0;
        while (Instant.now().isBefore(until)) {
            assertThat(answer(learner, item, 0.8).attempt().correct).isTrue();
            answers++;
            Thread.sleep(50);
        }
        assertThat(answers).isGreaterThan(20);
        // One load; a second only if a pause of most of a period (a slow machine) kept the checks from running.
        assertThat(loads() - before).isBetween(1.0, 2.0);
    }

    private double loads() {
        return registry.get("learnpath.assessment.items.loaded").counter().count();
    }

    @Test
    void anEditThroughThisInstanceGradesTheNextAnswer() {
        String skill = unique("snapshots");
        UUID item = numericItem(skill);
        String learner = TestTokens.subjectOf(unique("snapshots"));
        assertThat(answer(learner, item, 0.8).attempt().correct).isTrue();

        String etag = as(AUTHOR).get("/api/items/" + item).then().extract().header("ETag");
        as(AUTHOR).body(numeric(skill, 0.5, 0.01)).header("If-Match", etag).put("/api/items/" + item).then()
                .statusCode(200);
        AnswerService.Outcome regraded = answer(learner, item, 0.8);
        assertThat(regraded.attempt().correct).isFalse();
        assertThat(regraded.attempt().itemVersion).isEqualTo(Long.parseLong(etag.replace("\"", "")) + 1);
        assertThat(answer(learner, item, 0.5).attempt().correct).isTrue();

        as(AUTHOR).post("/api/items/" + item + "/retire").then().statusCode(200);
        // An integration batch reports each refused answer under its index.
        assertThatThrownBy(() -> answer(learner, item, 0.5)).isInstanceOfSatisfying(ProblemException.class,
                problem -> assertThat(problem.toProblem().getErrors()).singleElement()
                        .satisfies(error -> assertThat(error.message()).contains("retired")));
    }

    @Test
    void anEditByAnotherInstanceIsSeenWithinTheRefreshTimeThoughTheItemIsAnsweredAllTheTime() throws Exception {
        UUID item = numericItem(unique("snapshots-other"));
        String learner = TestTokens.subjectOf(unique("snapshots-other"));
        assertThat(answer(learner, item, 0.8).attempt().correct).isTrue();

        try (Connection c = PostgresResource.connect(); PreparedStatement edit = c.prepareStatement(
                "update item set answer = '{\"value\": 0.5, \"tolerance\": 0.01}'::jsonb, version = version + 1 where id = ?")) {
            edit.setObject(1, item);
            assertThat(edit.executeUpdate()).isEqualTo(1);
        }
        Instant edited = Instant.now();
        // Answered every 50 ms: an entry that expired only when idle would never be read again.
        Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                .until(() -> answer(learner, item, 0.5).attempt().correct);
        assertThat(Duration.between(edited, Instant.now())).isLessThan(Duration.ofSeconds(3));
        assertThat(answer(learner, item, 0.8).attempt().correct).isFalse();
    }

    @Test
    void anUnknownItemIsRefusedAndNotRemembered() {
        UUID unknown = UUID.randomUUID();
        int kept = snapshots.size();
        assertThatThrownBy(() -> answer("nobody", unknown, 0.5)).isInstanceOfSatisfying(ProblemException.class,
                problem -> assertThat(problem.status()).isEqualTo(400));
        assertThat(snapshots.size()).isEqualTo(kept);
    }

    private AnswerService.Outcome answer(String learner, UUID item, double value) {
        try {
            return writer.submit(List.of(new AnswerSubmission(learner, TestTokens.ACME, null, item,
                    new Response(null, null, value, null), 1500, Instant.now().minusSeconds(1),
                    AnswerEvent.Source.INTEGRATION, "snapshots-test", null))).join().get(0);
        } catch (CompletionException e) {
            throw (RuntimeException) e.getCause();
        }
    }
}
