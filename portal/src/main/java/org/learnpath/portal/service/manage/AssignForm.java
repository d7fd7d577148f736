package org.learnpath.portal.service.manage;

import java.util.function.Function;
import org.learnpath.portal.service.author.FormText;

/** The "assign a goal" form as the manager filled it in: a goal slug and an optional due date (YYYY-MM-DD). */
public record AssignForm(String goal, String dueDate) {

    public static final String[] FIELDS = { "goal", "dueDate" };

    public static AssignForm empty() {
        return new AssignForm("", "");
    }

    public static AssignForm read(Function<String, String> form) {
        return new AssignForm(FormText.value(form, "goal").strip(), FormText.value(form, "dueDate").strip());
    }
}
