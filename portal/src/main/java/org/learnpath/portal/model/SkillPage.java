package org.learnpath.portal.model;

import java.util.List;

/** One page of the catalog's skills; {@code page} counts from 0. */
public record SkillPage(List<SkillInfo> items, int page, int size, long total) {

    public SkillPage {
        items = items == null ? List.of() : items;
    }
}
