package org.learnpath.assessment.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.learnpath.assessment.Fixtures.numericItem;
import static org.learnpath.assessment.Fixtures.unique;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.learnpath.assessment.model.Response;
import org.learnpath.assessment.service.AnswerService.Outcome;
import org.learnpath.events.answer.AnswerEvent;
import org.learnpath.testinfra.LearnPathTestResources;
import org.learnpath.testinfra.PostgresResource;
import org.learnpath.testinfra.TestTokens;

/**
 * Attempt numbers are given once per learner and item, even when another writer (a second writer thread, or a
 * second instance of the service) stores an attempt of the same learner at the same item while this one counts.
 */
@QuarkusTest
@LearnPathTestResources
class AttemptNumberingTest {

    @Inject
    AnswerWriter writer;

    @Test
    void anAttemptNumberTakenMeanwhileByAnotherWriterIsNotGivenTwice() throws Exception {
        UUID item = numericItem(unique("numbering"));
        String learner = TestTokens.subjectOf(unique("numbering"));

        try (Connection other = PostgresResource.connect()) {
            // The other writer has stored attempt 1 but not committed yet: this service's count cannot see it.
            other.setAutoCommit(false);
            insertAttemptOne(other, learner, item);

            CompletableFuture<List<Outcome>> answered = writer.submit(List.of(
                    new AnswerSubmission(learner, TestTokens.ACME, null, item, new Response(null, null, 0.8, null), 2000,
                            Instant.now().minusSeconds(5), AnswerEvent.Source.INTEGRATION, "numbering-test", null)));
            // The service's insert of its own attempt 1 waits on the other transaction's row.
            Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> waitingOnLock(other));
            assertThat(answered).isNotDone();
            other.commit();

            assertThat(answered.get(20, TimeUnit.SECONDS)).singleElement()
                    .satisfies(outcome -> assertThat(outcome.attempt().attemptNumber).isEqualTo(2));
        }
        assertThat(numbers(learner, item)).containsExactly(1, 2);
    }

    private static void insertAttemptOne(Connection connection, String learner, UUID item) throws Exception {
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into attempt (id, learner_id, item_id, item_version, response, correct, score, response_time_ms,
                                     answered_at, attempt_number, source, recorded_by, event_id)
                select ?, ?, id, version, '{"value": 0.5}'::jsonb, false, 0, 1000, now(), 1, 'INTEGRATION',
                       'another-writer', ?
                from item where id = ?""")) {
            insert.setObject(1, UUID.randomUUID());
            insert.setString(2, learner);
            insert.setObject(3, UUID.randomUUID());
            insert.setObject(4, item);
            assertThat(insert.executeUpdate()).isEqualTo(1);
        }
    }

    /** Whether some other session of the database is waiting for a lock this connection's transaction holds. */
    private static boolean waitingOnLock(Connection holder) throws Exception {
        try (Connection probe = PostgresResource.connect();
                PreparedStatement pid = holder.prepareStatement("select pg_backend_pid()");
                ResultSet own = pid.executeQuery()) {
            own.next();
            try (PreparedStatement blocked = probe.prepareStatement(
                    "select count(*) from pg_stat_activity where ? = any(pg_blocking_pids(pid))")) {
                blocked.setInt(1, own.getInt(1));
                try (ResultSet rows = blocked.executeQuery()) {
                    rows.next();
                    return rows.getInt(1) > 0;
                }
            }
        }
    }

    private static List<Integer> numbers(String learner, UUID item) throws Exception {
        List<Integer> numbers = new ArrayList<>();
        try (Connection c = PostgresResource.connect();
                PreparedStatement s = c.prepareStatement(
                        "select attempt_number from attempt where learner_id = ? and item_id = ? order by 1")) {
            s.setString(1, learner);
            s.setObject(2, item);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    numbers.add(rows.getInt(1));
                }
            }
        }
        return numbers;
    }
}
