package org.learnpath.portal.service.author;

import java.util.Locale;
import org.learnpath.portal.model.ItemLearnedDifficulty;
import org.learnpath.portal.model.ItemReport;

/**
 * How an item performs, from two services: the assessment service's report (answers, share correct) and the
 * recommender's learned difficulty. Either may be missing; its note then says why, in words.
 */
public record ItemStats(ItemReport report, String reportNote, ItemLearnedDifficulty learned, String learnedNote) {

    public String answers() {
        return report == null ? reportNote : Long.toString(report.attempts());
    }

    public String shareCorrect() {
        if (report == null) {
            return reportNote;
        }
        if (report.attempts() == 0) {
            return "no answers yet";
        }
        return String.format(Locale.ROOT, "%.0f %%", report.shareCorrect() * 100);
    }

    public String learnedDifficulty() {
        if (learned == null) {
            return learnedNote;
        }
        return String.format(Locale.ROOT, "%+.2f (from %d %s)", learned.difficulty(), learned.answers(),
                learned.answers() == 1 ? "answer" : "answers");
    }
}
