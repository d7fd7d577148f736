package org.learnpath.portal.service.author;

import java.util.List;
import org.learnpath.portal.model.GoalDetails;
import org.learnpath.portal.model.GoalWrite;

/** The goal form and the catalog's goal body, both ways; the checks mirror the catalog's GoalRequest. */
public final class GoalForms {

    static final int MAX_MODULES = 500;

    private GoalForms() {
    }

    public static Parsed<GoalWrite> parse(GoalForm form, boolean creating) {
        FieldErrors errors = FieldErrors.none();
        String slug = creating ? FormText.slug(form.slug(), errors) : null;
        String name = FormText.required("name", form.name(), 1, 200, errors);
        String description = FormText.required("description", form.description(), 1, 4000, errors);
        // One slug per line is what the form asks for; commas and spaces are forgiven.
        List<String> modules = FormText.keys("modules", form.modules(), FormText.MODULE_SLUG, true, MAX_MODULES,
                errors);
        return Parsed.of(new GoalWrite(slug, name, description, modules), errors);
    }

    public static GoalForm toForm(GoalDetails goal, String etag) {
        return new GoalForm(goal.slug(), goal.name(), goal.description(), String.join("\n", goal.modules()),
                etag == null ? "" : etag);
    }
}
