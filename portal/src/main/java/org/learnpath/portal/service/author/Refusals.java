package org.learnpath.portal.service.author;

import java.util.Map;
import java.util.Set;
import org.learnpath.portal.model.ApiProblem;

/**
 * A service's refusal of an edit, turned into what the form page shows. Field errors go next to the form field they
 * concern (a service may name a field differently from the form: {@code aliases}); what no field can show goes to
 * the form's error. A 403 is not a form error: it is rethrown and becomes the forbidden page.
 */
public final class Refusals {

    static final String NO_VERSION = "This form did not say which version it edits.";
    static final String RELOAD_STALE = "Reload to see their version";
    static final String RELOAD_NO_VERSION = "Reload the page and make your change again";

    private Refusals() {
    }

    /**
     * @param what        "module", "goal", "item": for the stale message
     * @param formFields  the names of the form's fields
     * @param aliases     a service's field name to the form's, where they differ
     */
    public static Refusal of(ApiProblem problem, String what, Set<String> formFields, Map<String, String> aliases) {
        if (problem.status() == 403) {
            throw problem;
        }
        if (problem.isStale()) {
            return new Refusal(412, FieldErrors.none(), staleMessage(what), RELOAD_STALE);
        }
        if (problem.status() == 428) {
            return noVersion();
        }
        FieldErrors errors = FieldErrors.none();
        StringBuilder unplaced = new StringBuilder();
        problem.fieldErrors().forEach((name, message) -> {
            String field = aliases.getOrDefault(name, name);
            if (formFields.contains(field)) {
                errors.add(field, capitalised(message) + ".");
            } else {
                unplaced.append(unplaced.isEmpty() ? "" : " ").append(name).append(": ").append(message).append('.');
            }
        });
        if (!problem.cycle().isEmpty()) {
            // The cycle replaces the catalog's terse "would create a cycle" for the same field.
            FieldErrors withCycle = FieldErrors.none();
            errors.asMap().forEach((field, message) -> {
                if (!field.equals("prerequisites")) {
                    withCycle.add(field, message);
                }
            });
            withCycle.add("prerequisites", ModuleForms.cycleMessage(problem.cycle()));
            return new Refusal(problem.status(), withCycle, unplaced.isEmpty() ? null : unplaced.toString(),
                    null);
        }
        String formError = unplaced.isEmpty() ? null : unplaced.toString();
        if (errors.isEmpty() && formError == null) {
            formError = problem.detail() == null || problem.detail().isBlank() ? problem.title()
                    : problem.title() + ": " + problem.detail();
        }
        int status = problem.status() >= 500 ? 502 : problem.status();
        return new Refusal(status, errors, formError, null);
    }

    /** A form sent without the version it edits (If-Match): only a reload can tell which one that is. */
    public static Refusal noVersion() {
        return new Refusal(428, FieldErrors.none(), NO_VERSION, RELOAD_NO_VERSION);
    }

    static String staleMessage(String what) {
        return "Someone else changed this " + what + " since you opened it.";
    }

    private static String capitalised(String message) {
        if (message == null || message.isEmpty()) {
            return "Not accepted";
        }
        String m = message.endsWith(".") ? message.substring(0, message.length() - 1) : message;
        return Character.toUpperCase(m.charAt(0)) + m.substring(1);
    }
}
