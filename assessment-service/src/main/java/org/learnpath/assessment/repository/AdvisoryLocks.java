package org.learnpath.assessment.repository;

/**
 * The keys of the PostgreSQL advisory locks this service takes, in one place: keys must differ within a database.
 * 726100102 is taken in every LearnPath database by libs/outbox (OutboxRelay: one relay publishes at a time).
 */
public final class AdvisoryLocks {

    /**
     * Namespace of the locks taken per learner while attempts are numbered and while the learner's organization is
     * checked before their data is stored (the first key; the second is a hash of the learner id). Public so that
     * tests can hold a learner's numbering from another connection.
     */
    public static final int ATTEMPT_NUMBERING = 726100103;

    private AdvisoryLocks() {
    }
}
