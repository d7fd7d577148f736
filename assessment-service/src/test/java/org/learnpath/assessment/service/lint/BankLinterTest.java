package org.learnpath.assessment.service.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.learnpath.assessment.service.lint.Items.multiple;
import static org.learnpath.assessment.service.lint.Items.shortText;
import static org.learnpath.assessment.service.lint.Items.singleIn;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.learnpath.assessment.model.ItemType;

/** Each bank rule on a made-up bank that breaks it, and on one that does not. */
class BankLinterTest {

    private static final BankLinter LINTER = new BankLinter(ItemLinter.standard(LintSettings.defaults()));

    private static BankCheck check(BankFigures figures, String rule) {
        return figures.checks().stream().filter(c -> c.rule().equals(rule)).findFirst()
                .orElseThrow(() -> new AssertionError("no check " + rule + " in " + figures.checks()));
    }

    /** A single-choice item on {@code skill} whose key is (or is not) the longest of four options. */
    private static LintItem choice(String ref, String skill, boolean keyLongest) {
        String stem = "Question " + ref + " about " + skill + ": which option holds?";
        return keyLongest
                ? singleIn(ref, skill, stem, "a", "The longest option of all", "Short", "Brief", "Tiny")
                : singleIn(ref, skill, stem, "b", "The longest option of all", "Short", "Brief", "Tiny");
    }

    @Test
    void theKeyBeingTheLongestOptionMoreOftenThanChanceAllowsFails() {
        List<LintItem> bank = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            bank.add(choice("cued-" + i, "cued", true));
            bank.add(choice("fair-" + i, "fair", i == 0));
        }
        BankReport report = LINTER.report(bank);
        BankFigures cued = report.skills().get(0);
        assertThat(cued.scope()).isEqualTo("cued");
        assertThat(cued.longestKey().items()).isEqualTo(4);
        assertThat(cued.longestKey().keyLongest()).isEqualTo(4);
        assertThat(cued.longestKey().chanceShare()).isEqualTo(0.25);
        assertThat(cued.longestKey().limit()).isEqualTo(0.35, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(check(cued, BankLinter.LONGEST_KEY_SHARE).passes()).isFalse();
        assertThat(check(cued, BankLinter.LONGEST_KEY_SHARE).message()).contains("4 of 4", "100.0%", "35.0%");

        BankFigures fair = report.skills().get(1);
        assertThat(fair.longestKey().share()).isEqualTo(0.25);
        assertThat(check(fair, BankLinter.LONGEST_KEY_SHARE).passes()).isTrue();
        // Overall: 5 of 8 = 62.5% > 35%.
        assertThat(check(report.overall(), BankLinter.LONGEST_KEY_SHARE).passes()).isFalse();
        assertThat(report.passes()).isFalse();
    }

    @Test
    void overTheWholeBankAKeyThatIsRarelyTheLongestFailsToo() {
        List<LintItem> bank = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            bank.add(choice("never-" + i, "skill-" + i % 2, false));
        }
        BankReport report = LINTER.report(bank);
        BankCheck overall = check(report.overall(), BankLinter.LONGEST_KEY_SHARE);
        assertThat(overall.passes()).isFalse();
        assertThat(overall.message()).contains("0 of 10", "between 15.0% and 35.0%");
        // A skill alone is not held to the floor: a few items are far from chance by luck.
        assertThat(report.skills()).allSatisfy(s -> assertThat(check(s, BankLinter.LONGEST_KEY_SHARE).passes())
                .isTrue());

        bank.set(0, choice("never-0", "skill-0", true));
        bank.set(1, choice("never-1", "skill-1", true));
        // 2 of 10 = 20%: inside [15%, 35%].
        assertThat(check(LINTER.report(bank).overall(), BankLinter.LONGEST_KEY_SHARE).passes()).isTrue();
    }

    @Test
    void aSkillWithTooFewItemsIsShownButNotJudged() {
        BankReport report = LINTER.report(List.of(choice("1", "small", true), choice("2", "small", true),
                choice("3", "small", true)));
        BankCheck verdict = check(report.skills().get(0), BankLinter.LONGEST_KEY_SHARE);
        assertThat(verdict.judged()).isFalse();
        assertThat(verdict.passes()).isTrue();
        assertThat(report.skills().get(0).longestKey().share()).isEqualTo(1.0);
    }

    @Test
    void absoluteWordsMoreFrequentInDistractorsThanInKeysFail() {
        List<LintItem> cued = new ArrayList<>();
        List<LintItem> balanced = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String stem = "What does scaling do to feature " + i + "?";
            cued.add(singleIn("c" + i, "s", stem, "a", "It rescales it", "It always normalises it", "It clips it"));
            balanced.add(singleIn("b" + i, "s", stem, "a", i % 2 == 0 ? "It always rescales it" : "It rescales it",
                    i % 2 == 0 ? "It never normalises it" : "It normalises it", "It clips it"));
        }
        BankFigures figures = LINTER.report(cued).overall();
        assertThat(figures.absoluteWords().distractors()).isEqualTo(8);
        assertThat(figures.absoluteWords().distractorsWithWord()).isEqualTo(4);
        assertThat(figures.absoluteWords().keyRate()).isZero();
        assertThat(check(figures, BankLinter.ABSOLUTE_WORD_RATES).passes()).isFalse();

        // Keys 2 of 4 (50%), distractors 2 of 8 (25%).
        BankFigures fair = LINTER.report(balanced).overall();
        assertThat(fair.absoluteWords().keyRate()).isEqualTo(0.5);
        assertThat(fair.absoluteWords().distractorRate()).isEqualTo(0.25);
        assertThat(check(fair, BankLinter.ABSOLUTE_WORD_RATES).passes()).isTrue();
    }

    @Test
    void theSameNumberOfCorrectOptionsInMostMultipleChoiceItemsFails() {
        List<LintItem> same = new ArrayList<>();
        List<LintItem> varied = new ArrayList<>();
        List<List<String>> keys = List.of(List.of("a"), List.of("a", "b"), List.of("a", "b", "c"), List.of("b", "c"));
        for (int i = 0; i < 4; i++) {
            String stem = "Which statements about topic " + i + " hold?";
            same.add(multiple("s" + i, "s", stem, List.of("a", "c", "d"), "One", "Two", "Three", "Four", "Five"));
            varied.add(multiple("v" + i, "s", stem, keys.get(i), "One", "Two", "Three", "Four", "Five"));
        }
        BankFigures figures = LINTER.report(same).overall();
        assertThat(figures.correctCounts().distribution()).isEqualTo(Map.of(3, 4));
        assertThat(figures.correctCounts().modalShare()).isEqualTo(1.0);
        assertThat(check(figures, BankLinter.CORRECT_COUNTS).passes()).isFalse();

        BankFigures fair = LINTER.report(varied).overall();
        assertThat(fair.correctCounts().distribution()).isEqualTo(Map.of(1, 1, 2, 2, 3, 1));
        assertThat(fair.correctCounts().modalShare()).isEqualTo(0.5);
        assertThat(check(fair, BankLinter.CORRECT_COUNTS).passes()).isTrue();
    }

    @Test
    void nearDuplicateStemsAcrossSkillsArePairedAndFail() {
        LintItem a = singleIn("a1", "pandas-datetime", "You forecast daily sales from the rolling mean of the previous"
                + " seven days. Which feature is free of leakage?", "a", "Lagged mean", "Centred mean", "Today");
        LintItem b = singleIn("b1", "feature-engineering", "Which feature, a rolling mean of the previous seven days'"
                + " sales, is free of leakage for a weekly plan?", "a", "Shifted mean", "Centred window", "Now");
        LintItem other = singleIn("c1", "feature-engineering", "Which linkage criterion tends to chain clusters?", "a",
                "Single", "Complete", "Ward");
        List<NearDuplicate> pairs = LINTER.nearDuplicates(List.of(a, b, other));
        assertThat(pairs).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo(BankLinter.NEAR_DUPLICATE_STEMS);
            assertThat(p.first()).isEqualTo("a1");
            assertThat(p.second()).isEqualTo("b1");
            assertThat(p.firstField()).isEqualTo("stem");
            assertThat(p.crossSkill()).isTrue();
            assertThat(p.similarity()).isGreaterThanOrEqualTo(0.6);
        });
        BankReport report = LINTER.report(List.of(a, b, other));
        assertThat(check(report.overall(), BankLinter.NEAR_DUPLICATE_STEMS).passes()).isFalse();
        // The pair is reported with each of its skills.
        assertThat(report.skills()).allSatisfy(s -> assertThat(s.nearDuplicates()).hasSize(1));

        LintSettings strict = new LintSettings(1.3, 0.1, Set.of("always"), 2, 0.5, 0.95, 4, 0.95, 3, 4, List.of());
        assertThat(new BankLinter(ItemLinter.standard(strict)).nearDuplicates(List.of(a, b, other))).isEmpty();
    }

    @Test
    void nearDuplicateOptionsAcrossItemsArePairedAndFail() {
        LintItem a = singleIn("a1", "data-quality", "How do you count missing values in every column of df?", "b",
                "df.count()", "df.isna().sum()", "len(df)");
        LintItem b = singleIn("b1", "missing-values", "Which call gives the number of NaN cells per column?", "c",
                "df.describe()", "df.info(verbose=True)", "df.isna().sum()");
        List<NearDuplicate> pairs = LINTER.nearDuplicates(List.of(a, b));
        assertThat(pairs).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo(BankLinter.NEAR_DUPLICATE_OPTIONS);
            assertThat(p.firstField()).isEqualTo("choices[1].text");
            assertThat(p.secondField()).isEqualTo("choices[2].text");
            assertThat(p.firstKeyed()).isTrue();
            assertThat(p.secondKeyed()).isTrue();
            assertThat(p.similarity()).isEqualTo(1.0);
        });
        assertThat(check(LINTER.report(List.of(a, b)).overall(), BankLinter.NEAR_DUPLICATE_OPTIONS).passes()).isFalse();
        // Options within one item are the duplicate-options rule's business, not a pair of items.
        LintItem self = singleIn("s", "x", "Which call counts missing values per column?", "a", "df.isna().sum()",
                "df.isna().sum(axis=0)", "df.count()");
        assertThat(LINTER.nearDuplicates(List.of(self))).isEmpty();
    }

    @Test
    void shortTextItemsWithTooFewAcceptedFormsFail() {
        LintItem one = shortText("one", "s", "Which statistic is the middle value of sorted data?", "median");
        LintItem two = shortText("two", "s", "Which plot shows quartiles and outliers?", "box plot", "boxplot");
        BankFigures figures = LINTER.report(List.of(one, two)).overall();
        assertThat(figures.shortText().items()).isEqualTo(2);
        assertThat(figures.shortText().tooFewForms()).containsExactly("one");
        assertThat(check(figures, BankLinter.SHORT_TEXT_FORMS).passes()).isFalse();
        assertThat(check(LINTER.report(List.of(two)).overall(), BankLinter.SHORT_TEXT_FORMS).passes()).isTrue();
    }

    @Test
    void figuresCountItemsPerTypeDifficultyBandAndWarning() {
        List<LintItem> bank = List.of(
                new LintItem("easy", "Which statistic is the middle value?", ItemType.SHORT_TEXT, null,
                        new org.learnpath.assessment.model.AnswerKey(null, null, null, null, List.of("median")),
                        List.of("stats"), -1.3),
                choice("mid", "stats", true),
                new LintItem("hard", "What is 40 / (40 + 10), to two decimals?", ItemType.NUMERIC, null,
                        new org.learnpath.assessment.model.AnswerKey(null, null, 0.8, 0.01, null), List.of("stats"), 1.2));
        BankFigures figures = LINTER.report(bank).overall();
        assertThat(figures.items()).isEqualTo(3);
        assertThat(figures.byType()).containsEntry("SHORT_TEXT", 1).containsEntry("SINGLE_CHOICE", 1)
                .containsEntry("NUMERIC", 1).containsEntry("MULTIPLE_CHOICE", 0);
        assertThat(figures.byDifficulty()).containsExactly(Map.entry("below -1", 1), Map.entry("-1 to 0", 0),
                Map.entry("0 to 1", 1), Map.entry("1 and above", 1));
        assertThat(figures.itemWarnings()).containsEntry(SingleAcceptedFormRule.ID, 1)
                .containsEntry(LongestKeyRule.ID, 1);
    }

    @Test
    void wordsAreComparedByStem() {
        assertThat(Words.contentWords("The transformers transform; exploration explores exploitation"))
                .containsExactly("transform", "explor", "exploit");
        assertThat(Words.contentWords("loss losses classes class")).containsExactly("loss", "class");
        assertThat(Words.contentWords("Select all that apply: which statements are true?")).isEmpty();
        assertThat(Words.jaccard(Set.of("a", "b", "c"), Set.of("b", "c", "d"))).isEqualTo(0.5);
    }
}
