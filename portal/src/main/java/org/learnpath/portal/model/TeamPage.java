package org.learnpath.portal.model;

import java.util.List;

/** One page of the teams the caller may see (a manager: those they manage); {@code page} counts from 0. */
public record TeamPage(List<TeamSummary> items, int page, int size, long total) {

    public TeamPage {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
