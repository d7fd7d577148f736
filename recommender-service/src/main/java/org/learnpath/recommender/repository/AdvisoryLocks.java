package org.learnpath.recommender.repository;

/**
 * The keys of the PostgreSQL advisory locks this service takes, in one place: keys must differ within a database.
 * 726100102 is taken in every LearnPath database by libs/outbox (OutboxRelay: one relay publishes at a time).
 */
final class AdvisoryLocks {

    /** One refit at a time across every instance sharing the database (an SQL expression: the hash of a name). */
    static final String REFIT = "hashtext('learnpath.recommender.refit')";

    /**
     * Answer batches take it shared, the replay of learner states after a refit and the seeding of a finished
     * placement exclusive, for a transaction each (MasteryRepository.lockStatesForBatch / lockStatesForReplay /
     * lockStatesForSeeding): a replayed page of learners, or a placement's seeds, never interleaves with a batch that
     * read their states before it.
     */
    static final String LEARNER_STATES = "hashtext('learnpath.recommender.learner-states')";

    /**
     * The first half of the two-part keys (int, int) that order the writers of assignment completions per bucket of
     * learners (AssignmentRepository.lockLearners); two-part keys never conflict with the one-part keys above.
     */
    static final String ASSIGNMENT_LEARNERS = "hashtext('learnpath.recommender.assignment-learners')";

    /**
     * The first half of the two-part keys (int, int) that make an organization's team writes take turns, the second
     * half being the hash of the organization (TeamRepository.lockOrganization).
     */
    static final String TEAMS = "hashtext('learnpath.recommender.teams')";

    /**
     * The first half of the two-part keys (int, int) that make one learner's placement writes (start, skip, finish)
     * take turns, the second half being the hash of the learner id (PlacementRepository.lockLearner).
     */
    static final String PLACEMENTS = "hashtext('learnpath.recommender.placements')";

    private AdvisoryLocks() {
    }
}
