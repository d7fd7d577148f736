package org.learnpath.assessment.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.learnpath.assessment.Fixtures.as;
import static org.learnpath.assessment.Fixtures.count;
import static org.learnpath.assessment.Fixtures.numericItem;
import static org.learnpath.assessment.Fixtures.serve;
import static org.learnpath.assessment.Fixtures.unique;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.learnpath.assessment.model.Response;
import org.learnpath.assessment.repository.AdvisoryLocks;
import org.learnpath.assessment.service.AnswerService.Outcome;
import org.learnpath.assessment.service.AnswerWriter.Pending;
import org.learnpath.assessment.service.AttemptRecorder.Batch;
import org.learnpath.events.EventJson;
import org.learnpath.events.answer.AnswerEvent;
import org.learnpath.events.answer.AnswerTopic;
import org.learnpath.rest.ProblemException;
import org.learnpath.testinfra.LearnPathTestResources;
import org.learnpath.testinfra.PostgresResource;
import org.learnpath.testinfra.TestTokens;
import org.learnpath.testinfra.TopicReader;

/**
 * Requests written together in one transaction (group commit), learners' and integrations', keep their own outcomes:
 * each batch all or nothing, a learner's answer judged against its session, attempt numbers as if written one after
 * the other, each answer's event with its own request's trace, and a failure of the shared write reaching only the
 * request that caused it.
 */
@QuarkusTest
@LearnPathTestResources
class GroupCommitTest {

    @Inject
    AnswerWriter writer;

    @Inject
    AttemptRecorder recorder;

    @Inject
    MeterRegistry registry;

    @Test
    void anInvalidBatchIsRefusedAloneAndUsesUpNoAttemptNumber() throws Exception {
        UUID item = numericItem(unique("group"));
        String learner = TestTokens.subjectOf(unique("group"));
        String[] traces = {traceparent(), traceparent(), traceparent()};

        Pending first = pending(traces[0], answer(learner, item, 0.8, null), answer(learner, item, 0.5, null));
        Pending refused = pending(traces[1], answer(learner, item, 0.8, null), answer(learner, UUID.randomUUID(), 0.8, null));
        Pending last = pending(traces[2], answer(learner, item, 0.81, null));
        long transactions = transactions();
        writer.writeGroup(List.of(first, refused, last));
        // One shared transaction, not the per-request retry that would give the same outcomes.
        assertThat(transactions() - transactions).isEqualTo(1);

        assertThat(first.result().get()).extracting(o -> o.attempt().attemptNumber).containsExactly(1, 2);
        assertThat(first.result().get()).extracting(o -> o.attempt().correct).containsExactly(true, false);
        assertThat(last.result().get()).extracting(o -> o.attempt().attemptNumber).containsExactly(3);
        ProblemException problem = failure(refused.result());
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.toProblem().getErrors()).singleElement()
                .satisfies(error -> assertThat(error.field()).isEqualTo("answers[1]"));
        assertThat(count("select count(*) from attempt where learner_id = ?", learner)).isEqualTo(3);

        // One event per stored answer, each carrying the trace of the request that sent it.
        List<ConsumerRecord<String, String>> events = Awaitility.await().atMost(Duration.ofSeconds(20))
                .until(() -> TopicReader.readAll(AnswerTopic.NAME).stream().filter(r -> learner.equals(r.key())).toList(),
                        found -> found.size() >= 3);
        assertThat(events).hasSize(3);
        Map<Integer, String> traceByNumber = events.stream().collect(Collectors.toMap(
                r -> EventJson.read(r.value(), AnswerEvent.class).attemptNumber(),
                r -> new String(r.headers().lastHeader("traceparent").value(), StandardCharsets.UTF_8)));
        assertThat(traceByNumber).containsExactlyInAnyOrderEntriesOf(Map.of(1, traces[0], 2, traces[0], 3, traces[2]));
    }

    @Test
    void aRetryThatFailsTheSharedWriteGetsItsFirstResultAndTheOthersAreStillStored() throws Exception {
        UUID item = numericItem(unique("group-retry"));
        String learner = TestTokens.subjectOf(unique("group-retry"));
        String other = TestTokens.subjectOf(unique("group-other"));
        String key = unique("key") + "#0";
        Outcome original = recorder.recordBatch(new Batch(List.of(answer(learner, item, 0.8, key)), null)).get(0);

        // Its replay check passed before the first one committed: the shared insert hits the idempotency index.
        Pending retry = pending(null, answer(learner, item, 0.8, key));
        Pending fresh = pending(null, answer(other, item, 0.8, null));
        long transactions = transactions();
        writer.writeGroup(List.of(retry, fresh));
        // The shared write failed and each request was written on its own.
        assertThat(transactions() - transactions).isEqualTo(2);

        assertThat(retry.result().get()).singleElement()
                .satisfies(o -> assertThat(o.attempt().id).isEqualTo(original.attempt().id));
        assertThat(fresh.result().get()).singleElement()
                .satisfies(o -> assertThat(o.attempt().attemptNumber).isEqualTo(1));
        assertThat(count("select count(*) from attempt where learner_id = ?", learner)).isEqualTo(1);
        assertThat(count("select count(*) from attempt where learner_id = ?", other)).isEqualTo(1);
    }

    @Test
    void requestsSentAtOnceAreAllStoredEachWithOneEvent() throws Exception {
        UUID item = numericItem(unique("group-many"));
        String learner = TestTokens.subjectOf(unique("group-many"));
        List<CompletableFuture<List<Outcome>>> sent = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            sent.add(writer.submit(List.of(answer(learner, item, 0.8, null))));
        }
        for (CompletableFuture<List<Outcome>> result : sent) {
            assertThat(result.get()).hasSize(1);
        }
        assertThat(count("select count(*) from attempt where learner_id = ?", learner)).isEqualTo(40);
        List<ConsumerRecord<String, String>> events = Awaitility.await().atMost(Duration.ofSeconds(20))
                .until(() -> TopicReader.readAll(AnswerTopic.NAME).stream().filter(r -> learner.equals(r.key())).toList(),
                        found -> found.size() >= 40);
        assertThat(events).hasSize(40);
    }

    @Test
    void requestsBeyondTheQueueLimitAreRefusedWithRetryAfterWhileTheQueuedOnesAreStillWritten() throws Exception {
        UUID item = numericItem(unique("group-full"));
        String held = TestTokens.subjectOf(unique("group-held"));
        String queued = TestTokens.subjectOf(unique("group-queued"));
        String refused = TestTokens.subjectOf(unique("group-refused"));
        List<CompletableFuture<List<Outcome>>> accepted = new ArrayList<>();
        double refusedBefore = registry.get("learnpath.assessment.writer.refused").counter().count();
        try (Connection holder = PostgresResource.connect()) {
            // Holding the learner's attempt-numbering lock stops each writer that takes one of the learner's answers.
            holder.setAutoCommit(false);
            try (PreparedStatement lock = holder.prepareStatement("select pg_advisory_xact_lock(?, hashtext(?))")) {
                lock.setInt(1, AdvisoryLocks.ATTEMPT_NUMBERING);
                lock.setString(2, held);
                lock.execute();
            }
            for (int writers = 1; writers <= 2; writers++) {
                accepted.add(writer.submit(List.of(answer(held, item, 0.8, null))));
                int stopped = writers;
                Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> writersWaitingOnNumbering() == stopped);
            }
            // Both writers are stopped: what follows stays queued. An empty queue takes a request whole, even one as
            // large as the limit (learnpath.assessment.writer.max-queued-answers, 50 in tests).
            List<AnswerSubmission> fifty = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                fifty.add(answer(queued, item, 0.8, null));
            }
            accepted.add(writer.submit(fifty));
            assertThat(registry.get("learnpath.assessment.writer.queued").gauge().value()).isEqualTo(50);

            Map<String, Object> one = Map.of("learnerId", refused, "itemId", item.toString(), "response",
                    Map.of("value", 0.8), "responseTimeMillis", 3000, "answeredAt", Instant.now().minusSeconds(5).toString());
            as(TestTokens.integration()).body(Map.of("answers", List.of(one))).post("/api/integrations/answers").then()
                    .statusCode(503).contentType("application/problem+json").header("Retry-After", "2")
                    .body("detail", containsString("send the answers again"));
            // A retry (Idempotency-Key) is refused before it looks for its earlier send.
            as(TestTokens.integration()).header("Idempotency-Key", unique("full")).body(Map.of("answers", List.of(one)))
                    .post("/api/integrations/answers").then().statusCode(503).header("Retry-After", "2");
            assertThat(accepted).noneMatch(CompletableFuture::isDone);
            holder.commit();
        }
        for (CompletableFuture<List<Outcome>> result : accepted) {
            assertThat(result.get(20, TimeUnit.SECONDS)).isNotEmpty();
        }
        assertThat(count("select count(*) from attempt where learner_id = ?", held)).isEqualTo(2);
        assertThat(count("select count(*) from attempt where learner_id = ?", queued)).isEqualTo(50);
        assertThat(count("select count(*) from attempt where learner_id = ?", refused)).isZero();
        assertThat(registry.get("learnpath.assessment.writer.refused").counter().count()).isEqualTo(refusedBefore + 2);
        assertThat(registry.get("learnpath.assessment.writer.queued").gauge().value()).isZero();
    }

    @Test
    void aLearnersAnswerSharesTheGroupCommitWithIntegrationsAndKeepsItsOwnProblems() throws Exception {
        String skill = unique("group-session");
        UUID item = numericItem(skill);
        UUID other = numericItem(skill);
        String name = unique("group-learner");
        String token = TestTokens.learner(name);
        String learner = TestTokens.subjectOf(name);
        String integrated = TestTokens.subjectOf(unique("group-integrated"));
        UUID session = UUID.fromString(as(token).body(Map.of("kind", "SKILL", "target", skill, "items", 5))
                .post("/api/sessions").then().statusCode(201).extract().path("id"));
        serve(token, session.toString(), item.toString());

        Pending served = pending(traceparent(), inSession(learner, session, item));
        // The same session's second answer in the group: the first one took the served item.
        Pending again = pending(traceparent(), inSession(learner, session, other));
        Pending batch = pending(traceparent(), answer(integrated, item, 0.8, null));
        long transactions = transactions();
        writer.writeGroup(List.of(served, again, batch));
        assertThat(transactions() - transactions).isEqualTo(1);

        assertThat(served.result().get()).singleElement().satisfies(o -> {
            assertThat(o.attempt().sessionId).isEqualTo(session);
            assertThat(o.attempt().correct).isTrue();
            assertThat(o.session().id).isEqualTo(session);
        });
        // A learner's refusal is the learner's own 409, not an integration batch's 400 under answers[0].
        ProblemException refused = failure(again.result());
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.toProblem().getErrors()).isEmpty();
        assertThat(batch.result().get()).singleElement()
                .satisfies(o -> assertThat(o.attempt().attemptNumber).isEqualTo(1));
        assertThat(count("select count(*) from attempt where learner_id = ?", learner)).isEqualTo(1);
        assertThat(count("select count(*) from attempt where learner_id = ?", integrated)).isEqualTo(1);
    }

    private static AnswerSubmission inSession(String learner, UUID session, UUID item) {
        return new AnswerSubmission(learner, TestTokens.ACME, session, item, new Response(null, null, 0.8, null), 3000,
                Instant.now(), AnswerEvent.Source.LEARNER, learner, null);
    }

    private static long writersWaitingOnNumbering() throws Exception {
        return count("select count(*) from pg_locks where locktype = 'advisory' and classid = ? and not granted",
                AdvisoryLocks.ATTEMPT_NUMBERING);
    }

    private long transactions() {
        return registry.get("learnpath.assessment.writer.answers").summary().count();
    }

    private static Pending pending(String traceparent, AnswerSubmission... answers) {
        return new Pending(new Batch(List.of(answers), traceparent), new CompletableFuture<>());
    }

    private static AnswerSubmission answer(String learner, UUID item, double value, String idempotencyKey) {
        return new AnswerSubmission(learner, TestTokens.ACME, null, item, new Response(null, null, value, null), 3000,
                Instant.now().minusSeconds(10), AnswerEvent.Source.INTEGRATION, "group-commit-test", idempotencyKey);
    }

    private static String traceparent() {
        String trace = UUID.randomUUID().toString().replace("-", "");
        return "00-" + trace + "-" + trace.substring(0, 16) + "-01";
    }

    private static ProblemException failure(CompletableFuture<?> result) throws InterruptedException {
        try {
            result.get();
        } catch (ExecutionException e) {
            assertThat(e.getCause()).isInstanceOf(ProblemException.class);
            return (ProblemException) e.getCause();
        }
        throw new AssertionError("expected the request to be refused");
    }
}
