package org.learnpath.portal.model;

import java.util.List;

/** One page of the catalog's module search; {@code page} counts from 0. */
public record ModulePage(List<ModuleSummary> items, int page, int size, long total) {

    public ModulePage {
        items = items == null ? List.of() : items;
    }
}
