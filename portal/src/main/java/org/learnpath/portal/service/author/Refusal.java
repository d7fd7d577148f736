package org.learnpath.portal.service.author;

/**
 * Why a form was not saved, as the page shows it: field errors next to their fields, {@code formError} for the
 * rest. {@code reload} is the text of a link that reloads the entity, when the form is out of date (someone else
 * changed the entity since it was opened); null otherwise. {@code status} is the HTTP status the re-rendered form
 * is sent with.
 */
public record Refusal(int status, FieldErrors errors, String formError, String reload) {

    public static Refusal invalid(FieldErrors errors) {
        return new Refusal(400, errors, null, null);
    }

    public boolean stale() {
        return reload != null;
    }
}
