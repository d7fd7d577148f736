package org.learnpath.rest;

import java.util.List;

/** One page of results and the total number of matches. */
public record Slice<T>(List<T> items, long total) {
}
