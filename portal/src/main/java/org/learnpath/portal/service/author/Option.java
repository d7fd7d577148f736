package org.learnpath.portal.service.author;

/** One option of a select, as a page draws it. */
public record Option(String value, String label, boolean selected) {
}
