package org.learnpath.portal.service.author;

import java.util.function.Function;

/**
 * The item form as the author filled it in. The answer is given in the field of the item's type: {@code
 * correctChoice} (single choice), {@code correctChoices} (multiple choice, comma-separated keys), {@code value} and
 * {@code tolerance} (numeric), {@code accepted} (short text, one accepted answer per line).
 */
public record ItemForm(String type, String stem, String choices, String correctChoice, String correctChoices,
        String value, String tolerance, String accepted, String explanation, String difficulty, String skills,
        String etag) {

    public static final String[] FIELDS = { "type", "stem", "choices", "correctChoice", "correctChoices", "value",
        "tolerance", "accepted", "explanation", "difficulty", "skills" };

    /** A new item: a single-choice question of average difficulty. */
    public static ItemForm empty() {
        return new ItemForm("SINGLE_CHOICE", "", "", "", "", "", "", "", "", "0", "", "");
    }

    public static ItemForm read(Function<String, String> form) {
        return new ItemForm(FormText.value(form, "type"), FormText.value(form, "stem"),
                FormText.value(form, "choices"), FormText.value(form, "correctChoice"),
                FormText.value(form, "correctChoices"), FormText.value(form, "value"),
                FormText.value(form, "tolerance"), FormText.value(form, "accepted"),
                FormText.value(form, "explanation"), FormText.value(form, "difficulty"),
                FormText.value(form, "skills"), FormText.version(FormText.value(form, "etag")));
    }
}
