package org.learnpath.assessment.service.lint;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.learnpath.assessment.model.AnswerKey;
import org.learnpath.assessment.model.Choice;
import org.learnpath.assessment.model.ItemType;

/**
 * An item as the linter reads it: the stored form (type, choices keyed a, b, c..., answer key), without the
 * persistence around it, so that the rules run on a stored item, an item being written, or one made up in a test.
 *
 * @param ref the item's id, or any name that identifies it in a report
 * @param choices null unless the type has choices
 * @param answer may be null or incomplete: the rules say so instead of failing
 */
public record LintItem(String ref, String stem, ItemType type, List<Choice> choices, AnswerKey answer,
        List<String> skills, double difficulty) {

    public LintItem {
        // Copies that keep nulls: a stored item is never this broken, but a rule must not fail on one.
        choices = choices == null ? null : Collections.unmodifiableList(new ArrayList<>(choices));
        skills = skills == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(skills));
    }

    /** The options' keys that are correct (one for single choice, the keyed set for multiple choice), in order. */
    public Set<String> correctKeys() {
        Set<String> keys = new LinkedHashSet<>();
        if (answer == null || type == null) {
            return keys;
        }
        if (type == ItemType.SINGLE_CHOICE && answer.choice() != null) {
            keys.add(answer.choice());
        } else if (type == ItemType.MULTIPLE_CHOICE && answer.choices() != null) {
            keys.addAll(answer.choices());
        }
        return keys;
    }

    /** The choices, or none for an item without choices. */
    public List<Choice> options() {
        return choices == null ? List.of() : choices;
    }

    /** Indexes (into {@link #options()}) of the correct options. */
    public List<Integer> correctIndexes() {
        return indexes(true);
    }

    /** Indexes (into {@link #options()}) of the distractors. */
    public List<Integer> distractorIndexes() {
        return indexes(false);
    }

    /** The accepted answers of a short-text item, or none. */
    public List<String> accepted() {
        return answer == null || answer.accepted() == null ? List.of() : answer.accepted();
    }

    static String textField(int index) {
        return "choices[" + index + "].text";
    }

    static String optionText(Choice choice) {
        return choice == null || choice.text() == null ? "" : choice.text().trim();
    }

    private List<Integer> indexes(boolean correct) {
        Set<String> keys = correctKeys();
        List<Integer> result = new ArrayList<>();
        List<Choice> all = options();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i) != null && keys.contains(all.get(i).key()) == correct) {
                result.add(i);
            }
        }
        return result;
    }
}
