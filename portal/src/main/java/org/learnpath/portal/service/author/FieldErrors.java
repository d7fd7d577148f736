package org.learnpath.portal.service.author;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What is wrong with a submitted form, by form field name (the name of the input), in the order found. Pages show
 * each message next to its field ({@code .lp-field-error[data-field=name]}).
 */
public final class FieldErrors {

    private final Map<String, String> messages = new LinkedHashMap<>();

    public static FieldErrors none() {
        return new FieldErrors();
    }

    /** Adds a message to a field; a second message for the same field is appended. */
    public FieldErrors add(String field, String message) {
        messages.merge(field, message, (a, b) -> a.equals(b) ? a : a + "; " + b);
        return this;
    }

    public boolean has(String field) {
        return messages.containsKey(field);
    }

    /** The message for a field, or null when the field is fine. */
    public String of(String field) {
        return messages.get(field);
    }

    public boolean isEmpty() {
        return messages.isEmpty();
    }

    public Map<String, String> asMap() {
        return Collections.unmodifiableMap(messages);
    }

    @Override
    public String toString() {
        return messages.toString();
    }
}
