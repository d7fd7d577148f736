package org.learnpath.portal.model;

import java.util.List;

/** One page of the assignments the caller may see, newest first; {@code page} counts from 0. */
public record AssignmentPage(List<AssignmentDetails> items, int page, int size, long total) {

    public AssignmentPage {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
