package org.learnpath.portal.model;

/** One choice of a choice item: key a..h and its text. */
public record ItemChoice(String key, String text) {
}
