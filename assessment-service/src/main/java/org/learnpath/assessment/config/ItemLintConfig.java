package org.learnpath.assessment.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import java.util.List;

/**
 * Thresholds of the item linter (rules in service.lint, which explain each). The defaults are those issue 28 asks of
 * the item bank.
 */
@ConfigMapping(prefix = "learnpath.assessment.lint")
public interface ItemLintConfig {

    /** A key at least this many times as long (in characters) as the longest distractor is "the longest by far". */
    @WithDefault("1.3")
    @DecimalMin("1")
    double longestKeyRatio();

    /** How far above chance (1/k) the share of items whose key is the longest option may go (0.10 = 10 points). */
    @WithDefault("0.10")
    @DecimalMin("0")
    @DecimalMax("1")
    double longestKeyMargin();

    /**
     * Words that make a statement absolute, matched as whole words, case-insensitively. The default list and why it
     * leaves out "all", "only" and "none": LintSettings.DEFAULT_ABSOLUTE_WORDS.
     */
    @WithDefault("always,never,guaranteed,guarantee,guarantees,cannot,can't,impossible,must,completely,absolutely,entirely,certainly")
    List<String> absoluteWords();

    /** Fewest accepted answers a short-text item should list. */
    @WithDefault("2")
    @Min(1)
    int minAcceptedForms();

    /** Largest share of multiple-choice items that may have the same number of correct options. */
    @WithDefault("0.5")
    @DecimalMin("0.01")
    @DecimalMax("1")
    double maxSharedCorrectCount();

    /** Stems at least this similar (Jaccard index of their content words) are near-duplicates. */
    @WithDefault("0.6")
    @DecimalMin("0.01")
    @DecimalMax("1")
    double stemSimilarity();

    /** Stems with fewer content words are not compared. */
    @WithDefault("4")
    @Min(1)
    int stemMinWords();

    /** Options of different items at least this similar are near-duplicates. */
    @WithDefault("0.6")
    @DecimalMin("0.01")
    @DecimalMax("1")
    double optionSimilarity();

    /** Options with fewer content words are not compared. */
    @WithDefault("3")
    @Min(1)
    int optionMinWords();

    /** Fewest items a skill needs before a share rule judges it (below that its figures are only shown). */
    @WithDefault("4")
    @Min(1)
    int minGroupItems();

    /** Difficulty values (logits) that separate the report's difficulty bands. */
    @WithDefault("-1.0,0.0,1.0")
    List<Double> difficultyCuts();
}
