package org.learnpath.assessment.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** Names of one-time publications done on this database (the item bank's seed announcement), so none is done twice. */
@ApplicationScoped
public class PublicationMarkers {

    private final EntityManager entities;

    public PublicationMarkers(EntityManager entities) {
        this.entities = entities;
    }

    /**
     * Claims {@code name} in the calling transaction; false if it was claimed before. The marker's primary key makes
     * this once-only even when several instances start together: the others wait for the first one's transaction and
     * then find the marker taken.
     */
    public boolean claim(String name) {
        return entities.createNativeQuery("insert into publication_marker (name) values (:name) on conflict do nothing")
                .setParameter("name", name).executeUpdate() == 1;
    }
}
