package org.learnpath.portal.model;

import java.util.List;

/** The catalog's goal request body (slug set on creation, null on replacement). */
public record GoalWrite(String slug, String name, String description, List<String> modules) {
}
