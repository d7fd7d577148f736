package org.learnpath.recommender.model;

/**
 * Who asks about assignments: an admin reaches every assignment of their organization; a manager only those on the
 * teams they manage and those they created.
 */
public record AssignmentCaller(String id, String organization, boolean admin) {
}
