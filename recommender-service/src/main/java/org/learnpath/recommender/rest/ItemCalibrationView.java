package org.learnpath.recommender.rest;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.learnpath.recommender.service.ItemCalibrationFlag;
import org.learnpath.recommender.service.ItemCalibrationRow;

/**
 * One item of the calibration report, in JSON and (one line per item, same fields) in CSV. Every figure aggregates
 * all answers to the item; nothing names or describes a single learner.
 */
@Schema(description = "An item's answers, difficulty and discrimination, and what they suggest is wrong with it")
public record ItemCalibrationView(
        UUID itemId,
        @Schema(description = "The skills the item measures") List<String> skills,
        @Schema(description = "PUBLISHED or RETIRED as the item bank last said; null when the item bank no longer"
                + " lists it") String status,
        @Schema(description = "First answers (a learner's first answer to the item), which the figures below are"
                + " computed from") long answers,
        @Schema(description = "Later answers of learners who had answered the item before (not judged: they follow"
                + " the key shown after the first)") long repeatAnswers,
        @Schema(description = "Share of first answers that were correct (0 to 1)") Double shareCorrect,
        @Schema(description = "The author's difficulty (logit scale, 0 = average, positive = harder)")
        Double priorDifficulty,
        @Schema(description = "The Elo difficulty the recommender learned from the answers (the prior while there are"
                + " none), on the same scale") Double learnedDifficulty,
        @Schema(description = "Point-biserial correlation (-1 to 1) between a correct first answer and the answering"
                + " learner's current mastery of the item's skills (see the operation's description for its bias);"
                + " null when undefined, e.g. everyone right") Double discrimination,
        @Schema(description = "First answers by learners whose mastery of the item's skills is high")
        long highMasteryAnswers,
        @Schema(description = "Share correct among those answers") Double highMasteryShareCorrect,
        @Schema(description = "Most serious first; empty when nothing is suspect or there are not enough answers")
        List<ItemCalibrationFlag> flags,
        @Schema(description = "\"not enough answers\" when the item has too few first answers to be judged")
        String note) {

    static final String NOT_ENOUGH_ANSWERS = "not enough answers";

    /** The CSV columns, in the order of the JSON fields; lists are joined with spaces. */
    static final List<Csv.Column<ItemCalibrationView>> COLUMNS = List.of(
            new Csv.Column<>("item_id", ItemCalibrationView::itemId),
            new Csv.Column<>("skills", v -> String.join(" ", v.skills())),
            new Csv.Column<>("status", ItemCalibrationView::status),
            new Csv.Column<>("answers", ItemCalibrationView::answers),
            new Csv.Column<>("repeat_answers", ItemCalibrationView::repeatAnswers),
            new Csv.Column<>("share_correct", ItemCalibrationView::shareCorrect),
            new Csv.Column<>("prior_difficulty", ItemCalibrationView::priorDifficulty),
            new Csv.Column<>("learned_difficulty", ItemCalibrationView::learnedDifficulty),
            new Csv.Column<>("discrimination", ItemCalibrationView::discrimination),
            new Csv.Column<>("high_mastery_answers", ItemCalibrationView::highMasteryAnswers),
            new Csv.Column<>("high_mastery_share_correct", ItemCalibrationView::highMasteryShareCorrect),
            new Csv.Column<>("flags", v -> String.join(" ", v.flags().stream().map(Enum::name).toList())),
            new Csv.Column<>("note", ItemCalibrationView::note));

    static ItemCalibrationView of(ItemCalibrationRow row) {
        return new ItemCalibrationView(row.itemId(), row.skillCodes(), row.status(), row.answers(),
                row.repeatAnswers(), round(row.shareCorrect()), round(row.priorDifficulty()),
                round(row.learnedDifficulty()), round(row.discrimination()), row.highMasteryAnswers(),
                round(row.highMasteryShareCorrect()), row.flags(), row.enoughAnswers() ? null : NOT_ENOUGH_ANSWERS);
    }

    private static Double round(Double value) {
        return value == null ? null : Views.round(value);
    }
}
