package org.learnpath.assessment.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.learnpath.assessment.Fixtures.count;
import static org.learnpath.assessment.Fixtures.numericItem;
import static org.learnpath.assessment.Fixtures.unique;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import org.learnpath.assessment.model.Response;
import org.learnpath.assessment.service.AnswerWriter.Pending;
import org.learnpath.assessment.service.AttemptRecorder.Batch;
import org.learnpath.events.answer.AnswerEvent;
import org.learnpath.rest.ProblemException;
import org.learnpath.testinfra.LearnPathTestResources;
import org.learnpath.testinfra.TestTokens;

/**
 * A learner's data belongs to one organization, the first to store any: also when requests of two organizations
 * about a new learner are written in the same transaction (group commit), before either has stored a row.
 */
@QuarkusTest
@LearnPathTestResources
class LearnerOrganizationTest {

    @Inject
    AnswerWriter writer;

    @Test
    void aNewLearnerNamedByTwoOrganizationsInOneGroupBelongsToTheFirst() throws Exception {
        UUID item = numericItem(unique("org-group"));
        String learner = TestTokens.subjectOf(unique("org-group"));
        Pending acme = pending(answer(learner, TestTokens.ACME, item));
        Pending globex = pending(answer(learner, TestTokens.GLOBEX, item));
        Pending acmeAgain = pending(answer(learner, TestTokens.ACME, item));
        writer.writeGroup(List.of(acme, globex, acmeAgain));

        assertThat(acme.result().get()).singleElement().satisfies(o -> assertThat(o.attempt().attemptNumber).isEqualTo(1));
        assertThat(acmeAgain.result().get()).singleElement()
                .satisfies(o -> assertThat(o.attempt().attemptNumber).isEqualTo(2));
        ProblemException refused = failure(globex.result());
        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.toProblem().getErrors()).singleElement()
                .satisfies(error -> assertThat(error.field()).isEqualTo("answers[0].learnerId"));
        assertThat(count("select count(*) from attempt where learner_id = ? and organization = 'acme'", learner))
                .isEqualTo(2);
        assertThat(count("select count(*) from attempt where learner_id = ?", learner)).isEqualTo(2);

        // Once stored, the same holds for a request on its own.
        Pending alone = pending(answer(learner, TestTokens.GLOBEX, item));
        writer.writeGroup(List.of(alone));
        assertThat(failure(alone.result()).status()).isEqualTo(404);
        assertThat(count("select count(*) from attempt where learner_id = ?", learner)).isEqualTo(2);
    }

    private static Pending pending(AnswerSubmission... answers) {
        return new Pending(new Batch(List.of(answers), null), new CompletableFuture<>());
    }

    private static AnswerSubmission answer(String learner, String organization, UUID item) {
        return new AnswerSubmission(learner, organization, null, item, new Response(null, null, 0.8, null), 3000,
                Instant.now().minusSeconds(10), AnswerEvent.Source.INTEGRATION, "organization-test", null);
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
