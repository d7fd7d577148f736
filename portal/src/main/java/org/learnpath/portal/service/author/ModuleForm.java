package org.learnpath.portal.service.author;

import java.util.function.Function;

/**
 * The module form as the author filled it in, every field as typed (so that a refused form comes back unchanged).
 * {@code etag} is the version the author opened, sent back as If-Match.
 */
public record ModuleForm(String slug, String title, String summary, String area, String level,
        String estimatedMinutes, String outcomes, String resources, String skills, String prerequisites,
        String etag) {

    public static final String[] FIELDS = { "slug", "title", "summary", "area", "level", "estimatedMinutes",
        "outcomes", "resources", "skills", "prerequisites" };

    public static ModuleForm empty() {
        return new ModuleForm("", "", "", "", "", "", "", "", "", "", "");
    }

    /** Reads the posted fields ({@code form} gives a field's first value, or null). */
    public static ModuleForm read(Function<String, String> form) {
        return new ModuleForm(FormText.value(form, "slug"), FormText.value(form, "title"),
                FormText.value(form, "summary"), FormText.value(form, "area"), FormText.value(form, "level"),
                FormText.value(form, "estimatedMinutes"), FormText.value(form, "outcomes"),
                FormText.value(form, "resources"), FormText.value(form, "skills"),
                FormText.value(form, "prerequisites"), FormText.version(FormText.value(form, "etag")));
    }
}
