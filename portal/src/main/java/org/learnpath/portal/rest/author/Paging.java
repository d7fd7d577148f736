package org.learnpath.portal.rest.author;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Links to the previous and next page of a listing (null where there is none) and where this page is. */
public record Paging(String previous, String next, String position) {

    /**
     * @param path   the listing's path
     * @param query  the listing's filters in order (blank ones are left out), kept on the links
     */
    public static Paging of(String path, Map<String, String> query, int page, int size, long total) {
        return of(path, query, "page", page, size, total);
    }

    /**
     * As above, for a page with more than one listing: {@code pageParameter} names this listing's page in the
     * address (the other listings' pages are among {@code query}).
     */
    public static Paging of(String path, Map<String, String> query, String pageParameter, int page, int size,
            long total) {
        int perPage = Math.max(1, size);
        long pages = Math.max(1, (total + perPage - 1) / perPage);
        String previous = page > 0 ? link(path, query, pageParameter, Math.min(page - 1, pages - 1)) : null;
        String next = page + 1 < pages ? link(path, query, pageParameter, page + 1) : null;
        return new Paging(previous, next, "Page " + (Math.min(page, pages - 1) + 1) + " of " + pages);
    }

    /** A listing's filters as name, value, name, value...: in order, null values allowed (left off the links). */
    public static Map<String, String> filters(String... namesAndValues) {
        Map<String, String> filters = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            filters.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return filters;
    }

    static String link(String path, Map<String, String> query, long page) {
        return link(path, query, "page", page);
    }

    static String link(String path, Map<String, String> query, String pageParameter, long page) {
        StringBuilder link = new StringBuilder(path).append('?');
        query.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                link.append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8)).append('&');
            }
        });
        return link.append(pageParameter).append('=').append(page).toString();
    }
}
