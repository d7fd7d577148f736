package org.learnpath.portal.service.manage;

import java.util.function.Function;
import org.learnpath.portal.service.author.FormText;

/**
 * The team form as the admin filled it in, field by field, kept as typed so that a refused form comes back unchanged.
 * {@code members} holds one learner per line ({@code learner id} or {@code learner id | name}), {@code managers} one
 * manager's user id per line; {@code etag} is the version the form edits (empty for a new team).
 */
public record TeamForm(String key, String name, String members, String managers, String etag) {

    /** The form's field names, as the page names its inputs and field errors. */
    public static final String[] FIELDS = { "key", "name", "members", "managers" };

    public static TeamForm empty() {
        return new TeamForm("", "", "", "", "");
    }

    public static TeamForm read(Function<String, String> form) {
        return new TeamForm(FormText.value(form, "key"), FormText.value(form, "name"),
                FormText.value(form, "members"), FormText.value(form, "managers"),
                FormText.version(form.apply("etag")));
    }
}
