package org.learnpath.recommender.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.learnpath.recommender.service.ItemCalibrationFlag.LOW_DISCRIMINATION;
import static org.learnpath.recommender.service.ItemCalibrationFlag.NEGATIVE_DISCRIMINATION;
import static org.learnpath.recommender.service.ItemCalibrationFlag.PROBABLY_MISKEYED;
import static org.learnpath.recommender.service.ItemCalibrationFlag.TOO_EASY;
import static org.learnpath.recommender.service.ItemCalibrationFlag.TOO_HARD;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The flag rules at their thresholds (the documented defaults), and the report's order. */
class ItemCalibrationRulesTest {

    private final ItemCalibrationRules rules = new ItemCalibrationRules(30, 0.95, 0.2, 0.15, -0.05, 0.8, 10, 0.5);

    @Test
    void nothingIsFlaggedBelowTheMinimumAnswers() {
        assertThat(rules.flags(29, 1.0, null, 0, null)).isEmpty();
        assertThat(rules.flags(29, 0.1, -0.9, 20, 0.0)).isEmpty();
        assertThat(rules.enoughAnswers(29)).isFalse();
        assertThat(rules.enoughAnswers(30)).isTrue();
        assertThat(rules.flags(30, 1.0, null, 0, null)).containsExactly(TOO_EASY);
    }

    @Test
    void shareCorrectBounds() {
        assertThat(rules.flags(40, 0.95, 0.3, 0, null)).containsExactly(TOO_EASY);
        assertThat(rules.flags(40, 0.9499, 0.3, 0, null)).isEmpty();
        assertThat(rules.flags(40, 0.2, 0.3, 0, null)).containsExactly(TOO_HARD);
        assertThat(rules.flags(40, 0.2001, 0.3, 0, null)).isEmpty();
    }

    @Test
    void discriminationBands() {
        assertThat(rules.flags(40, 0.6, 0.15, 0, null)).isEmpty();
        assertThat(rules.flags(40, 0.6, 0.1499, 0, null)).containsExactly(LOW_DISCRIMINATION);
        assertThat(rules.flags(40, 0.6, -0.05, 0, null)).containsExactly(LOW_DISCRIMINATION);
        assertThat(rules.flags(40, 0.6, -0.0501, 0, null)).containsExactly(NEGATIVE_DISCRIMINATION);
        assertThat(rules.flags(40, 0.6, null, 0, null)).as("undefined: no discrimination flag").isEmpty();
    }

    @Test
    void miskeyedNeedsEnoughMastersMostlyWrongAndNoPositiveDiscrimination() {
        assertThat(rules.flags(40, 0.45, -0.6, 10, 0.1)).containsExactly(PROBABLY_MISKEYED, NEGATIVE_DISCRIMINATION);
        assertThat(rules.flags(40, 0.45, -0.6, 9, 0.1)).containsExactly(NEGATIVE_DISCRIMINATION);
        assertThat(rules.flags(40, 0.45, -0.6, 10, 0.5)).containsExactly(NEGATIVE_DISCRIMINATION);
        // Masters mostly wrong, but they do better than the others: a hard item, not a wrong key.
        assertThat(rules.flags(40, 0.15, 0.3, 20, 0.3)).containsExactly(TOO_HARD);
        // Everyone wrong, masters included: the correlation is undefined, the key is suspect.
        assertThat(rules.flags(40, 0.0, null, 20, 0.0)).containsExactly(PROBABLY_MISKEYED, TOO_HARD);
    }

    @Test
    void flaggedRowsComeFirstTheMostSeriousFirst() {
        ItemCalibrationRow easy = row("00000000-0000-0000-0000-000000000001", 100, TOO_EASY);
        ItemCalibrationRow miskeyed = row("00000000-0000-0000-0000-000000000002", 30, PROBABLY_MISKEYED,
                NEGATIVE_DISCRIMINATION);
        ItemCalibrationRow negative = row("00000000-0000-0000-0000-000000000003", 50, NEGATIVE_DISCRIMINATION);
        ItemCalibrationRow hardAndLow = row("00000000-0000-0000-0000-000000000004", 40, TOO_HARD,
                LOW_DISCRIMINATION);
        ItemCalibrationRow hard = row("00000000-0000-0000-0000-000000000005", 90, TOO_HARD);
        ItemCalibrationRow fine = row("00000000-0000-0000-0000-000000000006", 500);
        ItemCalibrationRow fineToo = row("00000000-0000-0000-0000-000000000007", 500);
        ItemCalibrationRow few = row("00000000-0000-0000-0000-000000000008", 3);
        List<ItemCalibrationRow> rows = new ArrayList<>(List.of(few, fineToo, fine, easy, hard, hardAndLow, negative,
                miskeyed));
        rows.sort(ItemCalibrationReport.ORDER);
        assertThat(rows).containsExactly(miskeyed, negative, hardAndLow, hard, easy, fine, fineToo, few);
    }

    private static ItemCalibrationRow row(String id, long answers, ItemCalibrationFlag... flags) {
        return new ItemCalibrationRow(UUID.fromString(id), List.of("s"), "PUBLISHED", 0.0, 0.0, answers, 0, 0.5, 0.3,
                0, null, List.of(flags), answers >= 30);
    }
}
