package org.learnpath.portal.service.author;

import java.util.function.Function;

/** The goal form as the author filled it in; {@code etag} is the version opened, sent back as If-Match. */
public record GoalForm(String slug, String name, String description, String modules, String etag) {

    public static final String[] FIELDS = { "slug", "name", "description", "modules" };

    public static GoalForm empty() {
        return new GoalForm("", "", "", "", "");
    }

    public static GoalForm read(Function<String, String> form) {
        return new GoalForm(FormText.value(form, "slug"), FormText.value(form, "name"),
                FormText.value(form, "description"), FormText.value(form, "modules"), FormText.version(FormText.value(form, "etag")));
    }
}
