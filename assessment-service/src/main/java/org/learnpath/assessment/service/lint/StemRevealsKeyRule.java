package org.learnpath.assessment.service.lint;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.learnpath.assessment.model.ItemType;

/**
 * The stem gives the answer away. In a choice item: the key repeats content words of the stem that no wrong option
 * repeats (a "clang association": the learner matches words, not meaning). Words all options share do not count,
 * since they point to no option. In a short-text item: the stem already contains every content word of an accepted
 * answer (in a form with the same stem, such as "transform" for "transformer").
 */
public final class StemRevealsKeyRule implements ItemRule {

    public static final String ID = "stem-reveals-key";

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
        if (item.type() == null || item.stem() == null) {
            return List.of();
        }
        Set<String> stem = Words.contentWords(item.stem());
        if (item.type() == ItemType.SHORT_TEXT) {
            for (String accepted : item.accepted()) {
                Set<String> words = Words.contentWords(accepted);
                if (!words.isEmpty() && stem.containsAll(words)) {
                    return List.of(finding("stem", "The stem already contains the accepted answer '" + accepted
                            + "' (or a form of its words): learners can copy it from the question. Reword the stem."));
                }
            }
            return List.of();
        }
        if (!item.type().hasChoices() || item.correctIndexes().isEmpty() || item.distractorIndexes().isEmpty()) {
            return List.of();
        }
        List<Set<String>> options = new ArrayList<>();
        item.options().forEach(c -> options.add(Words.contentWords(LintItem.optionText(c))));
        Set<String> shared = new HashSet<>(options.get(0));
        options.forEach(shared::retainAll);
        for (int i : item.distractorIndexes()) {
            if (!echo(options.get(i), stem, shared).isEmpty()) {
                return List.of();
            }
        }
        Set<String> echoed = new LinkedHashSet<>();
        for (int i : item.correctIndexes()) {
            Map<String, String> forms = Words.withForms(LintItem.optionText(item.options().get(i)));
            echo(options.get(i), stem, shared).forEach(w -> echoed.add(forms.get(w)));
        }
        if (echoed.isEmpty()) {
            return List.of();
        }
        return List.of(finding("stem", "Only the correct option repeats the stem's word(s) " + echoed
                + ": learners can match words instead of knowing the answer. Reword the stem or the key, or let a"
                + " wrong option use the same words."));
    }

    private static Set<String> echo(Set<String> option, Set<String> stem, Set<String> shared) {
        Set<String> echo = new LinkedHashSet<>(option);
        echo.removeAll(shared);
        echo.retainAll(stem);
        return echo;
    }
}
