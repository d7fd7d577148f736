package org.learnpath.portal.rest.manage;

import java.util.List;
import org.learnpath.portal.model.TeamDetails;
import org.learnpath.portal.service.author.FieldErrors;
import org.learnpath.portal.service.author.Option;
import org.learnpath.portal.service.manage.AssignForm;

/**
 * What a team's page shows: the team, the "assign a goal" form (the goals to choose from, what was typed, its
 * errors) and, for admins, the delete form with its own error. {@code goalsError} says why there are no goals to
 * choose from when the catalog could not be asked.
 */
public record TeamView(TeamDetails team, List<Option> goals, String goalsError, AssignForm form, FieldErrors errors,
        String formError, String notice, FieldErrors deleteErrors, String deleteError) {

    public String id() {
        return team.id().toString();
    }
}
