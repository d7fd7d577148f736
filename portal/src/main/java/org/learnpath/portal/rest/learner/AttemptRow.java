package org.learnpath.portal.rest.learner;

import java.util.Locale;
import java.util.stream.Collectors;
import org.learnpath.portal.model.AttemptView;
import org.learnpath.portal.model.AttemptView.AttemptResponse;

/** One answer in the history table. */
public record AttemptRow(String itemId, String itemShort, String skills, String answer, boolean correct,
        String score, String answeredIso, String answeredText) {

    static AttemptRow of(AttemptView attempt) {
        String id = attempt.itemId() == null ? "" : attempt.itemId().toString();
        return new AttemptRow(id, id.length() > 8 ? id.substring(0, 8) : id, String.join(", ", attempt.skills()),
                answer(attempt.response()), attempt.correct(), score(attempt.score()),
                Dates.iso(attempt.answeredAt()), Dates.readable(attempt.answeredAt()));
    }

    static String answer(AttemptResponse response) {
        if (response == null) {
            return "";
        }
        if (response.choice() != null) {
            return response.choice();
        }
        if (response.choices() != null) {
            return response.choices().stream().collect(Collectors.joining(", "));
        }
        if (response.value() != null) {
            double v = response.value();
            return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
        }
        return response.text() == null ? "" : response.text();
    }

    /** The share of the item's points, as a percentage (a wrong answer may still earn partial credit). */
    static String score(double score) {
        return String.format(Locale.ENGLISH, "%d %%", Math.round(score * 100));
    }
}
