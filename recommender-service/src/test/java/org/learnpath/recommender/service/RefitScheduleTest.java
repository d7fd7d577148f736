package org.learnpath.recommender.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.learnpath.recommender.Fixtures.count;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.learnpath.recommender.repository.RefitRunRepository.RefitRun;
import org.learnpath.recommender.repository.RefitRunRepository.Replay;
import org.learnpath.recommender.repository.RefitRunRepository.Stamp;
import org.learnpath.recommender.repository.RefitRunRepository.Trigger;
import org.learnpath.recommender.repository.RefitRunRepository;
import org.learnpath.recommender.service.RefitService.Refit;
import org.learnpath.testinfra.LearnPathTestResources;

/**
 * The scheduled refit is judged against the last completed refit stored in the database, not against this
 * instance's start, and never runs while another session holds the refit lock: a restart or a second replica
 * does not read the whole answer history again. A replay that an instance left unfinished is done again.
 */
@QuarkusTest
@LearnPathTestResources
class RefitScheduleTest {

    @Inject
    RefitService refits;

    @Inject
    DataSource dataSource;

    @Inject
    RefitRunRepository runs;

    @Test
    void aScheduledRefitRunsOnlyWhenTheLastOneIsOldEnoughAndNoOtherIsRunning() throws SQLException {
        // Another instance completed a refit a minute ago.
        Instant recent = Instant.now().minusSeconds(60);
        try (Connection c = dataSource.getConnection()) {
            runs.record(c, new RefitRun(recent.minusSeconds(5), recent, Trigger.SCHEDULE, 0, 0, 0, 0, 0,
                    new Replay(0, 0, Duration.ZERO, recent)));
        }
        long recorded = count("select count(*) from refit_run");
        assertThat(refits.runIfDue(Duration.ofHours(6))).isEmpty();

        // Another session holds the refit lock: even a refit that is due waits for the next check.
        try (Connection other = dataSource.getConnection()) {
            assertThat(runs.tryLock(other)).isTrue();
            try {
                assertThat(refits.runIfDue(Duration.ZERO)).isEmpty();
            } finally {
                assertThat(runs.unlock(other)).isTrue();
            }
        }
        assertThat(count("select count(*) from refit_run")).isEqualTo(recorded);

        Instant before = Instant.now();
        Optional<Refit> due = refits.runIfDue(Duration.ZERO);
        assertThat(due).isPresent();
        assertThat(count("select count(*) from refit_run where trigger = 'schedule' and finished_at >= ?"
                + " and answers = ?", Timestamp.from(before), due.get().answers())).isEqualTo(1);
        // Just completed, so not due again within the hour, and the lock was given back.
        assertThat(refits.runIfDue(Duration.ofHours(1))).isEmpty();
        try (Connection other = dataSource.getConnection()) {
            assertThat(runs.tryLock(other)).isTrue();
            assertThat(runs.unlock(other)).isTrue();
        }
        // Its replay finished, and says so.
        long version = due.get().version();
        assertThat(count("select count(*) from refit_run where id = ? and replay_finished_at is not null"
                + " and replayed_learners = ? and replayed_answers = ?", version, due.get().replay().learners(),
                due.get().replay().answers())).isEqualTo(1);
        assertThat(refits.finishReplay()).isEmpty();
    }

    @Test
    void aReplayCutShortIsDoneAgainAtTheNextCheck() throws SQLException {
        Refit refit = refits.run();
        // The instance running the replay died: the run says it never finished.
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "update refit_run set replay_finished_at = null, replayed_learners = null where id = ?")) {
            s.setLong(1, refit.version());
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
        assertThat(runs.stamp()).isEqualTo(new Stamp(refit.version(), false));

        // Not while another session holds the refit lock.
        try (Connection other = dataSource.getConnection()) {
            assertThat(runs.tryLock(other)).isTrue();
            try {
                assertThat(refits.finishReplay()).isEmpty();
            } finally {
                assertThat(runs.unlock(other)).isTrue();
            }
        }
        assertThat(runs.stamp().replayed()).isFalse();

        Optional<LearnerReplay.Result> done = refits.finishReplay();
        assertThat(done).isPresent();
        // Every learner again (and any whose first answer came since).
        assertThat(done.get().learners()).isGreaterThanOrEqualTo(refit.replay().learners());
        assertThat(runs.stamp()).isEqualTo(new Stamp(refit.version(), true));
        assertThat(count("select count(*) from refit_run where id = ? and replayed_learners = ?", refit.version(),
                done.get().learners())).isEqualTo(1);
        assertThat(refits.finishReplay()).isEmpty();
    }
}
