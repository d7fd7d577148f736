package org.learnpath.catalog.service;

import java.util.List;
import org.learnpath.catalog.model.Audience;

/**
 * A goal as an author wants it: to create ({@code slug} required) or to replace ({@code slug} optional).
 * {@code audience} {@code null} means {@link Audience#EVERYONE} on creation and "unchanged" on replacement.
 */
public record GoalDraft(String slug, String name, String description, List<String> modules, Audience audience) {
}
