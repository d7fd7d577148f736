package org.learnpath.portal.model;

import java.util.List;

/** One page of the item bank; {@code page} counts from 0. */
public record ItemPage(List<ItemDetails> items, int page, int size, long total) {

    public ItemPage {
        items = items == null ? List.of() : items;
    }
}
