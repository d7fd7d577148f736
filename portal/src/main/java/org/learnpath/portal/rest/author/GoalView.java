package org.learnpath.portal.rest.author;

import org.learnpath.portal.service.author.FieldErrors;
import org.learnpath.portal.service.author.GoalForm;

/** What the goal page shows: the form (new or edit) with its errors. */
public record GoalView(boolean creating, String slug, String heading, GoalForm form, FieldErrors errors,
        String formError, String reload, String notice) {

    public String action() {
        return creating ? "/author/goals" : "/author/goals/" + slug;
    }
}
