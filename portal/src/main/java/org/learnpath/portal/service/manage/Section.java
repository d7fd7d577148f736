package org.learnpath.portal.service.manage;

/**
 * A part of a page that comes from its own call: its content, or why it could not be shown. One report failing
 * (the recommender busy, say) leaves the rest of the page readable.
 */
record Section<T>(T value, String error) {

    static <T> Section<T> of(T value) {
        return new Section<>(value, null);
    }

    static <T> Section<T> failed(String error) {
        return new Section<>(null, error);
    }

    public boolean ok() {
        return error == null;
    }
}
