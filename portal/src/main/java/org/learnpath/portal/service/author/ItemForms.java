package org.learnpath.portal.service.author;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.learnpath.portal.model.ItemAnswerKey;
import org.learnpath.portal.model.ItemChoice;
import org.learnpath.portal.model.ItemDetails;
import org.learnpath.portal.model.ItemType;
import org.learnpath.portal.model.ItemWrite;

/**
 * The item form and the assessment service's item body, both ways. The checks mirror the service's (ItemRequest
 * and its answer-key rules: choice keys a, b, c… in order, the answer among them); whether the skills exist only
 * the service can tell.
 */
public final class ItemForms {

    static final int MAX_SKILLS = 5;

    private ItemForms() {
    }

    public static Parsed<ItemWrite> parse(ItemForm form) {
        FieldErrors errors = FieldErrors.none();
        Optional<ItemType> type = FormText.choice(form.type(), ItemType.class);
        if (type.isEmpty()) {
            errors.add("type", "Choose a type.");
        }
        String stem = FormText.required("stem", form.stem(), 10, 4000, errors);
        String explanation = FormText.required("explanation", form.explanation(), 20, 4000, errors);
        Double difficulty = null;
        if (form.difficulty().isBlank()) {
            errors.add("difficulty", "Required: a number from -4 (easy) to 4 (hard), 0 for average.");
        } else {
            Optional<Double> d = FormText.number(form.difficulty());
            if (d.isEmpty() || d.get() < -4 || d.get() > 4) {
                errors.add("difficulty", "A number from -4 (easy) to 4 (hard).");
            } else {
                difficulty = d.get();
            }
        }
        List<String> skills = FormText.keys("skills", form.skills(), FormText.SKILL_CODE, true, MAX_SKILLS, errors);
        List<ItemChoice> choices = null;
        ItemAnswerKey answer = null;
        if (type.isPresent()) {
            if (type.get().hasChoices()) {
                choices = choices(form.choices(), errors);
            }
            answer = answer(type.get(), form, choices, errors);
        }
        return Parsed.of(new ItemWrite(stem, type.orElse(null), choices, answer, explanation, difficulty, skills),
                errors);
    }

    /** Choice lines {@code key | text}: keys a, b, c… in this order, two to eight of them. */
    static List<ItemChoice> choices(String text, FieldErrors errors) {
        List<String> lines = FormText.lines(text);
        List<ItemChoice> choices = new ArrayList<>();
        if (lines.size() < 2 || lines.size() > 8) {
            errors.add("choices", "Write two to eight choices, one per line as key | text (now " + lines.size()
                    + ").");
            return choices;
        }
        for (int i = 0; i < lines.size(); i++) {
            String expected = String.valueOf((char) ('a' + i));
            String prefix = "Line " + (i + 1) + ": ";
            String line = lines.get(i);
            int bar = line.indexOf('|');
            if (bar < 0) {
                errors.add("choices", prefix + "write " + expected + " | the choice's text.");
                continue;
            }
            String key = line.substring(0, bar).strip().toLowerCase(Locale.ROOT);
            String choiceText = line.substring(bar + 1).strip();
            if (!key.equals(expected)) {
                errors.add("choices", prefix + "the key must be '" + expected + "' (keys go a, b, c… in order).");
            }
            if (choiceText.isEmpty()) {
                errors.add("choices", prefix + "the text is missing.");
            } else if (choiceText.length() > 1000) {
                errors.add("choices", prefix + "the text has at most 1000 characters.");
            }
            choices.add(new ItemChoice(expected, choiceText));
        }
        return choices;
    }

    private static ItemAnswerKey answer(ItemType type, ItemForm form, List<ItemChoice> choices, FieldErrors errors) {
        List<String> keys = choices == null ? List.of() : choices.stream().map(ItemChoice::key).toList();
        boolean choicesOk = !errors.has("choices");
        switch (type) {
            case SINGLE_CHOICE -> {
                String choice = form.correctChoice().strip().toLowerCase(Locale.ROOT);
                if (choice.isEmpty()) {
                    errors.add("correctChoice", "Give the key of the correct choice.");
                } else if (!choice.matches("^[a-h]$") || (choicesOk && !keys.contains(choice))) {
                    errors.add("correctChoice", "Must be the key of one of the choices (" + keyHint(keys) + ").");
                }
                return new ItemAnswerKey(choice, null, null, null, null);
            }
            case MULTIPLE_CHOICE -> {
                List<String> correct = FormText.keyList(form.correctChoices().toLowerCase(Locale.ROOT));
                if (correct.isEmpty()) {
                    errors.add("correctChoices", "Give the keys of the correct choices, separated by commas.");
                } else if (correct.size() > 8 || correct.stream().anyMatch(k -> !k.matches("^[a-h]$"))
                        || (choicesOk && !keys.containsAll(correct))) {
                    errors.add("correctChoices", "Must be keys of the choices (" + keyHint(keys)
                            + "), separated by commas.");
                }
                return new ItemAnswerKey(null, correct, null, null, null);
            }
            case NUMERIC -> {
                Double value = null;
                if (form.value().isBlank()) {
                    errors.add("value", "Give the correct number.");
                } else {
                    value = FormText.number(form.value()).orElse(null);
                    if (value == null) {
                        errors.add("value", "Must be a number, such as 0.25.");
                    }
                }
                Double tolerance = null;
                if (!form.tolerance().isBlank()) {
                    tolerance = FormText.number(form.tolerance()).orElse(null);
                    if (tolerance == null || tolerance < 0) {
                        errors.add("tolerance", "A number of 0 or more (how far an answer may be off).");
                    }
                }
                return new ItemAnswerKey(null, null, value, tolerance, null);
            }
            case SHORT_TEXT -> {
                List<String> accepted = FormText.lines(form.accepted());
                if (accepted.isEmpty()) {
                    errors.add("accepted", "Give at least one accepted answer.");
                } else if (accepted.size() > 20) {
                    errors.add("accepted", "At most 20 accepted answers (now " + accepted.size() + ").");
                } else if (accepted.stream().anyMatch(a -> a.length() > 200)) {
                    errors.add("accepted", "Each accepted answer has at most 200 characters.");
                }
                return new ItemAnswerKey(null, null, null, null, accepted);
            }
            default -> throw new IllegalArgumentException(type.name());
        }
    }

    /** An item as the edit form shows it. */
    public static ItemForm toForm(ItemDetails item, String etag) {
        ItemAnswerKey answer = item.answer() == null ? new ItemAnswerKey(null, null, null, null, null)
                : item.answer();
        return new ItemForm(item.type() == null ? "" : item.type().name(), item.stem(),
                item.choices().stream().map(c -> c.key() + " | " + c.text()).collect(Collectors.joining("\n")),
                answer.choice() == null ? "" : answer.choice(),
                answer.choices() == null ? "" : String.join(", ", answer.choices()),
                FormText.format(answer.value()), FormText.format(answer.tolerance()),
                answer.accepted() == null ? "" : String.join("\n", answer.accepted()),
                item.explanation(), FormText.format(item.difficulty()), String.join(", ", item.skills()),
                etag == null ? "" : etag);
    }

    /** The answer key in words, as the item page shows it to its author. */
    public static String answerInWords(ItemDetails item) {
        ItemAnswerKey a = item.answer();
        if (a == null || item.type() == null) {
            return "";
        }
        return switch (item.type()) {
            case SINGLE_CHOICE -> "Choice " + a.choice();
            case MULTIPLE_CHOICE -> "Exactly the choices " + (a.choices() == null ? "" : String.join(", ", a.choices()));
            case NUMERIC -> FormText.format(a.value())
                    + (a.tolerance() == null || a.tolerance() == 0 ? "" : " ± " + FormText.format(a.tolerance()));
            case SHORT_TEXT -> "Any of: " + (a.accepted() == null ? "" : String.join(" · ", a.accepted()));
        };
    }

    public static List<Option> typeOptions(String selected) {
        return Arrays.stream(ItemType.values())
                .map(t -> new Option(t.name(), t.label(), t.name().equalsIgnoreCase(selected))).toList();
    }

    private static String keyHint(List<String> keys) {
        return keys.isEmpty() ? "a to h" : String.join(", ", keys);
    }
}
