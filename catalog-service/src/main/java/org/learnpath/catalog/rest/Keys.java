package org.learnpath.catalog.rest;

/** Skill codes and module and goal slugs: lowercase words joined by hyphens, stable once created. */
final class Keys {

    static final String PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";
    static final String MESSAGE = "must be lowercase letters and digits separated by single hyphens";

    private Keys() {
    }
}
