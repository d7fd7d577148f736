package org.learnpath.portal.rest.author;

import java.util.List;
import org.learnpath.portal.model.GoalDetails;
import org.learnpath.portal.service.author.FieldErrors;
import org.learnpath.portal.service.author.ModuleForm;
import org.learnpath.portal.service.author.Option;

/**
 * What the module page shows: the form (new or edit) with its errors, the goals that include the module, and the
 * admin's delete form with its own error.
 */
public record ModuleView(boolean creating, String slug, String heading, ModuleForm form, FieldErrors errors,
        String formError, String reload, String notice, List<GoalDetails> goals, List<Option> areas,
        List<Option> levels, String kinds, FieldErrors deleteErrors, String deleteError) {

    public String action() {
        return creating ? "/author/modules" : "/author/modules/" + slug;
    }
}
