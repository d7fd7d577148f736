package org.learnpath.portal.rest.manage;

import org.learnpath.portal.service.author.FieldErrors;
import org.learnpath.portal.service.manage.TeamForm;

/** The team form (new or edit) with its errors; {@code reload} is the text of a link to the team's current version. */
public record TeamFormView(boolean creating, String id, String heading, TeamForm form, FieldErrors errors,
        String formError, String reload) {

    public String action() {
        return creating ? "/manage/teams" : "/manage/teams/" + id;
    }
}
