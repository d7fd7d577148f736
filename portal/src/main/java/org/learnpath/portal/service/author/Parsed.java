package org.learnpath.portal.service.author;

/** A form read into a request body, or the reasons it could not be: {@code value} is null when there are errors. */
public record Parsed<T>(T value, FieldErrors errors) {

    static <T> Parsed<T> of(T value, FieldErrors errors) {
        return errors.isEmpty() ? new Parsed<>(value, errors) : new Parsed<>(null, errors);
    }

    public boolean ok() {
        return errors.isEmpty();
    }
}
