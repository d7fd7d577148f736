package org.learnpath.catalog.service;

import java.util.List;

/** A goal as an author wants it: to create ({@code slug} required) or to replace ({@code slug} optional). */
public record GoalDraft(String slug, String name, String description, List<String> modules) {
}
