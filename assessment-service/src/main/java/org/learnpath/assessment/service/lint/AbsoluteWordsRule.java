package org.learnpath.assessment.service.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A distractor uses an absolute word ("always", "never", "guaranteed"...) while no correct option does. Learners
 * soon learn that absolute statements are usually false, and reject such an option without knowing the subject.
 */
public final class AbsoluteWordsRule implements ItemRule {

    public static final String ID = "absolute-words";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public List<Finding> check(LintItem item, LintSettings settings) {
        if (item.type() == null || !item.type().hasChoices() || item.correctIndexes().isEmpty()) {
            return List.of();
        }
        boolean keyHasOne = item.correctIndexes().stream()
                .anyMatch(i -> !absoluteWords(LintItem.optionText(item.options().get(i)), settings).isEmpty());
        if (keyHasOne) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        for (int i : item.distractorIndexes()) {
            Set<String> found = absoluteWords(LintItem.optionText(item.options().get(i)), settings);
            if (!found.isEmpty()) {
                findings.add(finding(LintItem.textField(i), "This wrong option says " + String.join(", ", found)
                        + " and no correct option uses such a word: learners reject absolute statements without"
                        + " knowing the subject. Make the error a matter of substance, or word a correct option as"
                        + " firmly."));
            }
        }
        return findings;
    }

    /** The absolute words the text uses, in order. */
    public static Set<String> absoluteWords(String text, LintSettings settings) {
        Set<String> found = new TreeSet<>();
        for (String token : Words.tokens(text)) {
            if (settings.absoluteWords().contains(token)) {
                found.add(token);
            }
        }
        return found;
    }
}
