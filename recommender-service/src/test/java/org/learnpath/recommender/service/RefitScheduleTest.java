package org.learnpath.recommender.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.learnpath.recommender.Fixtures.count;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.learnpath.recommender.repository.RefitRunRepository.RefitRun;
import org.learnpath.recommender.repository.RefitRunRepository.Trigger;
import org.learnpath.recommender.repository.RefitRunRepository;
import org.learnpath.recommender.service.RefitService.Refit;
import org.learnpath.testinfra.LearnPathTestResources;

/**
 * The scheduled refit is judged against the last completed refit stored in the database, not against this
 * instance's start, and never runs while another session holds the refit lock: a restart or a second replica
 * does not read the whole answer history again.
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
            runs.record(c, new RefitRun(recent.minusSeconds(5), recent, Trigger.SCHEDULE, 0, 0, 0));
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
    }
}
