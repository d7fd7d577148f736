package org.learnpath.catalog.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * The catalog's revision: one counter every write moves forward in its own transaction, which instances poll to
 * notice each other's writes (see service/CatalogReadModel).
 */
@ApplicationScoped
public class CatalogRevision {

    private final EntityManager entities;

    public CatalogRevision(EntityManager entities) {
        this.entities = entities;
    }

    /** Moves the revision on, in the calling transaction. */
    public void bump() {
        entities.createNativeQuery("update catalog_revision set revision = revision + 1 where id = 1").executeUpdate();
    }

    public long current() {
        return ((Number) entities.createNativeQuery("select revision from catalog_revision where id = 1")
                .getSingleResult()).longValue();
    }
}
