package org.learnpath.assessment.service.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.learnpath.assessment.service.lint.Items.STEM;
import static org.learnpath.assessment.service.lint.Items.choices;
import static org.learnpath.assessment.service.lint.Items.multiple;
import static org.learnpath.assessment.service.lint.Items.numeric;
import static org.learnpath.assessment.service.lint.Items.shortText;
import static org.learnpath.assessment.service.lint.Items.single;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.learnpath.assessment.model.AnswerKey;
import org.learnpath.assessment.model.ItemType;

/**
 * Each item rule, through the linter LearnPath runs ({@link ItemLinter#standard}): a rule left out of it fails its
 * test here, as does a rule that stops finding its flaw or starts flagging the sound counterpart.
 */
class ItemRulesTest {

    private static final LintSettings SETTINGS = LintSettings.defaults();
    private static final ItemLinter LINTER = ItemLinter.standard(SETTINGS);

    private static List<Finding> findings(LintItem item, String rule) {
        return LINTER.lint(item).stream().filter(f -> f.rule().equals(rule)).toList();
    }

    @Test
    void aSoundItemHasNoFindings() {
        assertThat(LINTER.lint(Items.sound())).isEmpty();
        assertThat(LINTER.lint(shortText("s", "skill", "Which statistic is the middle value of sorted data?", "median",
                "the median"))).isEmpty();
        assertThat(LINTER.lint(numeric(0.8, 0.01))).isEmpty();
    }

    @Test
    void everyRuleHasItsOwnIdAndTheLinterRunsThemAll() {
        assertThat(LINTER.rules()).extracting(ItemRule::id).containsExactlyInAnyOrder(EmptyStemRule.ID,
                MissingKeyRule.ID, KeyOutOfRangeRule.ID, TooFewOptionsRule.ID, DuplicateOptionsRule.ID,
                LongestKeyRule.ID, AbsoluteWordsRule.ID, StemRevealsKeyRule.ID, SingleAcceptedFormRule.ID);
    }

    @Test
    void anEmptyStemIsAnError() {
        assertThat(findings(single("  ?! ", "b", "MAE", "RMSE", "R squared", "MAPE"), EmptyStemRule.ID))
                .singleElement().satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(f.field()).isEqualTo("stem");
                });
        assertThat(findings(single(null, "b", "MAE", "RMSE"), EmptyStemRule.ID)).hasSize(1);
    }

    @Test
    void anItemWithoutAKeyIsAnError() {
        assertThat(findings(single(STEM, null, "MAE", "RMSE", "R squared"), MissingKeyRule.ID))
                .extracting(Finding::field, Finding::severity).containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "answer.choice", Severity.ERROR));
        assertThat(findings(multiple(STEM, List.of(), "MAE", "RMSE", "R squared"), MissingKeyRule.ID))
                .extracting(Finding::field).containsExactly("answer.choices");
        assertThat(findings(numeric(null, 0.01), MissingKeyRule.ID)).extracting(Finding::field)
                .containsExactly("answer.value");
        assertThat(findings(numeric(Double.NaN, 0.01), MissingKeyRule.ID)).hasSize(1);
        assertThat(findings(shortText("s", "skill", "Which statistic is the middle value?", " "), MissingKeyRule.ID))
                .extracting(Finding::field).containsExactly("answer.accepted");
        LintItem noAnswer = new LintItem("x", STEM, ItemType.SINGLE_CHOICE, choices("MAE", "RMSE"), null, List.of(),
                0);
        assertThat(findings(noAnswer, MissingKeyRule.ID)).hasSize(1);
    }

    @Test
    void aKeyThatNamesNoOptionIsAnError() {
        assertThat(findings(single(STEM, "e", "MAE", "RMSE", "R squared", "MAPE"), KeyOutOfRangeRule.ID))
                .singleElement().satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(f.field()).isEqualTo("answer.choice");
                    assertThat(f.message()).contains("'e'");
                });
        assertThat(findings(multiple(STEM, List.of("a", "f"), "MAE", "RMSE", "R squared"), KeyOutOfRangeRule.ID))
                .extracting(Finding::field).containsExactly("answer.choices");
        assertThat(findings(multiple(STEM, List.of("a", "a"), "MAE", "RMSE", "R squared"), KeyOutOfRangeRule.ID))
                .hasSize(1);
        assertThat(findings(numeric(0.8, -0.1), KeyOutOfRangeRule.ID)).extracting(Finding::field)
                .containsExactly("answer.tolerance");
        assertThat(findings(multiple(STEM, List.of("a", "c"), "MAE", "RMSE", "R squared"), KeyOutOfRangeRule.ID))
                .isEmpty();
    }

    @Test
    void aChoiceItemNeedsTwoOptionsAndAWrongOne() {
        assertThat(findings(single(STEM, "a", "RMSE"), TooFewOptionsRule.ID)).extracting(Finding::field)
                .containsExactly("choices");
        assertThat(findings(multiple(STEM, List.of("a", "b", "c"), "MAE", "RMSE", "R squared"), TooFewOptionsRule.ID))
                .extracting(Finding::field, Finding::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("answer.choices", Severity.ERROR));
        assertThat(findings(multiple(STEM, List.of("a", "b"), "MAE", "RMSE", "R squared"), TooFewOptionsRule.ID))
                .isEmpty();
    }

    @Test
    void twoOptionsWithTheSameTextAreAnError() {
        assertThat(findings(single(STEM, "b", "MAE", "RMSE", "R squared", " rmse. "), DuplicateOptionsRule.ID))
                .singleElement().satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(f.field()).isEqualTo("choices[3].text");
                    assertThat(f.message()).contains("option b");
                });
        assertThat(findings(single(STEM, "b", "MAE", "RMSE", "  "), DuplicateOptionsRule.ID))
                .extracting(Finding::field).containsExactly("choices[2].text");
        assertThat(findings(single(STEM, "b", "MAE", "RMSE", "RMSLE"), DuplicateOptionsRule.ID)).isEmpty();
    }

    @Test
    void aKeyFarLongerThanEveryDistractorIsFlagged() {
        LintItem longKey = single(STEM, "c", "MAE", "MAPE", "RMSE, the root of the mean squared error", "R squared");
        assertThat(findings(longKey, LongestKeyRule.ID)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.field()).isEqualTo("choices[2].text");
        });
        // Longest, but by less than the margin (1.3x): 12 characters against 10.
        assertThat(findings(single(STEM, "a", "Root MSE err", "Mean error", "Median err"), LongestKeyRule.ID)).isEmpty();
        // 13 against 10 is exactly the margin.
        assertThat(findings(single(STEM, "a", "Root MSE errs", "Mean error", "Median err"), LongestKeyRule.ID)).hasSize(1);
        assertThat(findings(multiple(STEM, List.of("a", "b"), "Root mean squared error", "Mean absolute error", "R2",
                "MAPE"), LongestKeyRule.ID)).extracting(Finding::field).containsExactly("answer.choices");
        assertThat(findings(multiple(STEM, List.of("a", "c"), "Root mean squared error", "Mean absolute error", "R2",
                "MAPE"), LongestKeyRule.ID)).isEmpty();
    }

    @Test
    void absoluteWordsInDistractorsButNotInTheKeyAreFlagged() {
        LintItem cue = single("What does StandardScaler do to a right-skewed feature?", "a",
                "It centres and rescales it; the skew stays", "It always makes it normal",
                "It never changes the mean", "It removes outliers");
        assertThat(findings(cue, AbsoluteWordsRule.ID)).extracting(Finding::field, Finding::severity).containsExactly(
                org.assertj.core.groups.Tuple.tuple("choices[1].text", Severity.WARNING),
                org.assertj.core.groups.Tuple.tuple("choices[2].text", Severity.WARNING));
        LintItem balanced = single("What does StandardScaler do to a right-skewed feature?", "a",
                "It always centres and rescales it; the skew stays", "It always makes it normal",
                "It never changes the mean", "It removes outliers");
        assertThat(findings(balanced, AbsoluteWordsRule.ID)).isEmpty();
        // Whole words only: "nevertheless" and "allways" are not absolute words.
        LintItem wordsInside = single("What does StandardScaler do to a right-skewed feature?", "a",
                "It centres and rescales it", "Nevertheless it normalises", "It allways normalises", "It clips");
        assertThat(findings(wordsInside, AbsoluteWordsRule.ID)).isEmpty();
        assertThat(AbsoluteWordsRule.absoluteWords("You CAN'T, it is Guaranteed", SETTINGS))
                .containsExactly("can't", "guaranteed");
    }

    @Test
    void aKeyThatAloneRepeatsTheStemsWordsIsFlagged() {
        LintItem clang = single("Which linkage criterion is most prone to chaining through single close pairs of points?",
                "a", "Single linkage", "Complete linkage", "Average linkage", "Ward linkage");
        assertThat(findings(clang, StemRevealsKeyRule.ID)).singleElement().satisfies(f -> {
            assertThat(f.field()).isEqualTo("stem");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).contains("single");
        });
        LintItem distractorEchoesToo = single(
                "Which linkage criterion is most prone to chaining through single close pairs of complete points?",
                "a", "Single linkage", "Complete linkage", "Average linkage", "Ward linkage");
        assertThat(findings(distractorEchoesToo, StemRevealsKeyRule.ID)).isEmpty();
        LintItem exploration = single("What is the exploration-exploitation dilemma?", "b",
                "Choosing between more data and more features",
                "Balancing the action that looks best now (exploit) against trying others (explore)",
                "Choosing supervised or unsupervised learning", "Trading bias against variance");
        assertThat(findings(exploration, StemRevealsKeyRule.ID)).hasSize(1);
        assertThat(findings(multiple("Which statements about the chaining effect are true?", List.of("a", "b"),
                "Chaining is typical of single linkage", "Ward linkage minimises variance",
                "Complete linkage merges the farthest pairs", "Average linkage merges nothing"), StemRevealsKeyRule.ID)).hasSize(1);
    }

    @Test
    void aStemThatContainsAShortAnswerIsFlagged() {
        LintItem given = shortText("s", "skill", "In a Pipeline, every step but the last must implement fit and"
                + " transform. What is such a step called?", "transformer", "transformers");
        assertThat(findings(given, StemRevealsKeyRule.ID)).extracting(Finding::field).containsExactly("stem");
        LintItem notGiven = shortText("s", "skill", "In a Pipeline, what must every step but the last be?",
                "transformer", "transformers");
        assertThat(findings(notGiven, StemRevealsKeyRule.ID)).isEmpty();
    }

    @Test
    void aShortTextItemWithOneAcceptedFormIsFlagged() {
        assertThat(findings(shortText("s", "skill", "Which statistic is the middle value of sorted data?", "median"),
                SingleAcceptedFormRule.ID)).singleElement().satisfies(f -> {
                    assertThat(f.field()).isEqualTo("answer.accepted");
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                });
        assertThat(findings(shortText("s", "skill", "Which statistic is the middle value of sorted data?", "median",
                "the median"), SingleAcceptedFormRule.ID)).isEmpty();
        LintSettings three = new LintSettings(1.3, 0.1, Set.of("always"), 3, 0.5, 0.6, 4, 0.6, 3, 4, List.of());
        assertThat(ItemLinter.standard(three).lint(shortText("s", "skill", "Which statistic is the middle value?",
                "median", "the median"))).extracting(Finding::rule).containsExactly(SingleAcceptedFormRule.ID);
    }

    @Test
    void rulesLeaveIncompleteItemsToTheKeyRulesInsteadOfFailing() {
        LintItem bare = new LintItem("x", null, null, null, null, null, 0);
        assertThat(LINTER.lint(bare)).extracting(Finding::rule).containsExactly(EmptyStemRule.ID);
        LintItem nullOption = new LintItem("x", STEM, ItemType.SINGLE_CHOICE,
                java.util.Arrays.asList(new org.learnpath.assessment.model.Choice("a", "MAE"), null),
                new AnswerKey("a", null, null, null, null), List.of(), 0);
        assertThat(LINTER.lint(nullOption)).extracting(Finding::rule).contains(DuplicateOptionsRule.ID);
    }
}
