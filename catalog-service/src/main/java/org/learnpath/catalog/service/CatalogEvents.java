package org.learnpath.catalog.service;

import org.learnpath.catalog.model.Goal;
import org.learnpath.catalog.model.Module;
import org.learnpath.catalog.model.Skill;

/**
 * Announces catalog changes (the service's port; messaging implements it on the outbox). Called inside the
 * transaction of the change itself, so the change and its announcement commit or roll back together.
 */
public interface CatalogEvents {

    void skillChanged(Skill skill);

    void moduleChanged(Module module);

    /** With the goal's organization, if it has one: consumers must hide such a goal from other organizations. */
    void goalChanged(Goal goal);

    /** A deletion is announced as an event with the entity's last version, never as a tombstone. */
    void skillDeleted(Skill skill);

    void moduleDeleted(Module module);

    void goalDeleted(Goal goal);
}
