package org.learnpath.portal.service.author;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.learnpath.portal.model.ItemWarning;

/**
 * What the assessment service's item linter found in an item, placed on the item form: a finding names a path of
 * the service's item body ({@code choices[1].text}, {@code answer.accepted}), the page shows it next to the form
 * field that edits that part (and in a list of all findings). Warnings never stop a save; the service refuses an
 * item with errors, and {@link #refusal} puts those at their fields like any other invalid input.
 */
public final class ItemChecks {

    private static final Pattern CHOICE = Pattern.compile("^choices\\[(\\d+)](\\..*)?$");
    // The answer key's members (answer.choice, answer.choices…) to the form's fields.
    private static final Map<String, String> ANSWER_FIELDS = Map.of("choice", "correctChoice", "choices",
            "correctChoices", "value", "value", "tolerance", "tolerance", "accepted", "accepted");
    // The item body's own members that the form edits under the same name.
    private static final Set<String> ITEM_FIELDS = Set.of("type", "stem", "choices", "explanation", "difficulty",
            "skills");
    private static final Map<String, String> WHERE = Map.ofEntries(Map.entry("type", "Type"),
            Map.entry("stem", "Question"), Map.entry("choices", "Choices"),
            Map.entry("correctChoice", "Correct answer"), Map.entry("correctChoices", "Correct answers"),
            Map.entry("value", "Correct value"), Map.entry("tolerance", "Tolerance"),
            Map.entry("accepted", "Accepted answers"), Map.entry("explanation", "Explanation"),
            Map.entry("difficulty", "Difficulty"), Map.entry("skills", "Skills"));

    private final List<ItemCheck> checks;

    private ItemChecks(List<ItemCheck> checks) {
        this.checks = List.copyOf(checks);
    }

    public static ItemChecks none() {
        return new ItemChecks(List.of());
    }

    public static ItemChecks from(List<ItemWarning> findings) {
        List<ItemCheck> checks = new ArrayList<>();
        for (ItemWarning f : findings == null ? List.<ItemWarning>of() : findings) {
            String field = formField(f.field());
            checks.add(new ItemCheck(f.rule(), field, where(f.field(), field), sentence(f.message()), f.error()));
        }
        return new ItemChecks(checks);
    }

    /**
     * A refusal of an item the linter found broken: each finding at its field, those no field shows in the form's
     * error. The problem's field errors are the same findings with a shorter path, so they are not shown again.
     */
    public static Refusal refusal(int status, List<ItemWarning> lint) {
        FieldErrors errors = FieldErrors.none();
        StringBuilder unplaced = new StringBuilder();
        for (ItemCheck check : from(lint).all()) {
            if (check.field() != null) {
                errors.add(check.field(), check.text());
            } else {
                unplaced.append(unplaced.isEmpty() ? "" : " ").append(check.text());
            }
        }
        return new Refusal(status, errors, unplaced.isEmpty() ? null : "The item was not saved: " + unplaced, null);
    }

    /** The item form's field that edits this part of the item, or null when none does. */
    static String formField(String path) {
        if (path == null || path.isBlank()) {
            return null;
        }
        String p = path.strip();
        if (p.startsWith("answer.")) {
            String member = p.substring("answer.".length());
            int end = member.indexOf('[');
            return ANSWER_FIELDS.get(end < 0 ? member : member.substring(0, end));
        }
        if (CHOICE.matcher(p).matches()) {
            return "choices";
        }
        int end = p.indexOf('[');
        String top = end < 0 ? p : p.substring(0, end);
        return ITEM_FIELDS.contains(top) ? top : null;
    }

    /** The part of the item in words: one choice by its key, else the field's name on the page. */
    static String where(String path, String field) {
        if (path != null) {
            Matcher choice = CHOICE.matcher(path.strip());
            if (choice.matches()) {
                int index = Integer.parseInt(choice.group(1));
                return index < 26 ? "Choice " + (char) ('a' + index) : "Choice " + (index + 1);
            }
        }
        return field == null ? null : WHERE.get(field);
    }

    private static String sentence(String message) {
        if (message == null || message.isBlank()) {
            return "The item checks flag this part.";
        }
        String m = message.strip();
        return m.endsWith(".") || m.endsWith("?") || m.endsWith("!") ? m : m + ".";
    }

    public List<ItemCheck> all() {
        return Collections.unmodifiableList(checks);
    }

    public boolean isEmpty() {
        return checks.isEmpty();
    }

    public int size() {
        return checks.size();
    }

    public boolean has(String field) {
        return checks.stream().anyMatch(c -> field.equals(c.field()));
    }

    /** The findings on one form field, as one text (each with the part it concerns); null when there are none. */
    public String of(String field) {
        List<String> texts = checks.stream().filter(c -> field.equals(c.field())).map(ItemCheck::text).toList();
        return texts.isEmpty() ? null : String.join(" ", texts);
    }

    /** "1 warning", "3 warnings". */
    public String count() {
        return checks.size() + (checks.size() == 1 ? " warning" : " warnings");
    }
}
