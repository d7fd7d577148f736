package org.learnpath.catalog.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * The PostgreSQL advisory locks this service takes, with their keys in one place: keys must differ within a
 * database. 726100102 is taken in every LearnPath database by libs/outbox (OutboxRelay: one relay publishes at a
 * time).
 */
@ApplicationScoped
public class AdvisoryLocks {

    /** Serialises edits of the prerequisite graph. */
    static final long PREREQUISITE_GRAPH = 726100101L;

    private final EntityManager entities;

    public AdvisoryLocks(EntityManager entities) {
        this.entities = entities;
    }

    /**
     * Serialises edits of the prerequisite graph until the transaction ends. A cycle spans several rows,
     * so two concurrent edits could each look acyclic and together close a loop; row locks cannot see that.
     */
    public void lockPrerequisiteGraph() {
        entities.createNativeQuery("select pg_advisory_xact_lock(" + PREREQUISITE_GRAPH + ")").getSingleResult();
    }
}
