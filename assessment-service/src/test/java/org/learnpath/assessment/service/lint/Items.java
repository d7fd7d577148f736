package org.learnpath.assessment.service.lint;

import java.util.ArrayList;
import java.util.List;
import org.learnpath.assessment.model.AnswerKey;
import org.learnpath.assessment.model.Choice;
import org.learnpath.assessment.model.ItemType;

/** Items made up for the linter's tests, stored as the item bank stores them (choices keyed a, b, c...). */
final class Items {

    static final String STEM = "Which metric is expressed in the same unit as the target and penalises large errors more?";

    private Items() {
    }

    static List<Choice> choices(String... texts) {
        List<Choice> choices = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            choices.add(new Choice(String.valueOf((char) ('a' + i)), texts[i]));
        }
        return choices;
    }

    static LintItem singleIn(String ref, String skill, String stem, String key, String... options) {
        return new LintItem(ref, stem, ItemType.SINGLE_CHOICE, choices(options), new AnswerKey(key, null, null, null, null),
                List.of(skill), 0.0);
    }

    static LintItem single(String stem, String key, String... options) {
        return singleIn("item", "skill", stem, key, options);
    }

    static LintItem multiple(String ref, String skill, String stem, List<String> keys, String... options) {
        return new LintItem(ref, stem, ItemType.MULTIPLE_CHOICE, choices(options), new AnswerKey(null, keys, null, null, null),
                List.of(skill), 0.0);
    }

    static LintItem multiple(String stem, List<String> keys, String... options) {
        return multiple("item", "skill", stem, keys, options);
    }

    static LintItem shortText(String ref, String skill, String stem, String... accepted) {
        return new LintItem(ref, stem, ItemType.SHORT_TEXT, null, new AnswerKey(null, null, null, null, List.of(accepted)),
                List.of(skill), 0.0);
    }

    static LintItem numeric(Double value, Double tolerance) {
        return new LintItem("item", "A classifier has 40 true positives and 10 false positives. What is its precision?",
                ItemType.NUMERIC, null, new AnswerKey(null, null, value, tolerance, null), List.of("skill"), 0.0);
    }

    /** A sound item: four short options of like length, no absolute words, nothing in the stem points to the key. */
    static LintItem sound() {
        return single(STEM, "b", "MAE", "RMSE", "R squared", "MAPE");
    }
}
