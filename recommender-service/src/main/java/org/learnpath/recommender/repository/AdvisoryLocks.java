package org.learnpath.recommender.repository;

/**
 * The keys of the PostgreSQL advisory locks this service takes, in one place: keys must differ within a database.
 * 726100102 is taken in every LearnPath database by libs/outbox (OutboxRelay: one relay publishes at a time).
 */
final class AdvisoryLocks {

    /** One refit at a time across every instance sharing the database (an SQL expression: the hash of a name). */
    static final String REFIT = "hashtext('learnpath.recommender.refit')";

    private AdvisoryLocks() {
    }
}
