package org.learnpath.portal.service.admin;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.learnpath.portal.model.RefitResult;

/**
 * What a refit did, carried from the POST that ran it to the page it redirects to, in the query string: the page
 * can be reloaded without running the refit again. A query that is not one (edited by hand) shows no notice.
 */
public record RefitNotice(Instant at, long answers, long tookMillis, int fitted, int skippedCount,
        List<String> skipped) {

    /** Skipped skills named on the page; the rest are counted. */
    static final int NAMED_SKIPPED = 20;

    public static RefitNotice of(RefitResult refit) {
        List<String> named = refit.skipped().stream().limit(NAMED_SKIPPED).toList();
        return new RefitNotice(refit.at(), refit.answers(), refit.tookMillis(), refit.skills().size(),
                refit.skipped().size(), named);
    }

    public Map<String, String> toQuery() {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("refitAt", at == null ? "" : at.toString());
        query.put("refitAnswers", Long.toString(answers));
        query.put("refitMillis", Long.toString(tookMillis));
        query.put("refitFitted", Integer.toString(fitted));
        query.put("refitSkipped", Integer.toString(skippedCount));
        query.put("refitSkippedSkills", String.join(",", skipped));
        return query;
    }

    public static Optional<RefitNotice> fromQuery(Function<String, String> query) {
        String at = query.apply("refitAt");
        if (at == null) {
            return Optional.empty();
        }
        try {
            Instant when = at.isBlank() ? null : Instant.parse(at);
            long answers = Long.parseLong(query.apply("refitAnswers"));
            long millis = Long.parseLong(query.apply("refitMillis"));
            int fitted = Integer.parseInt(query.apply("refitFitted"));
            int skippedCount = Integer.parseInt(query.apply("refitSkipped"));
            String names = query.apply("refitSkippedSkills");
            List<String> skipped = names == null || names.isBlank() ? List.of()
                    : List.of(names.split(",")).stream().map(String::strip).filter(s -> !s.isEmpty())
                            .limit(NAMED_SKIPPED).toList();
            if (answers < 0 || millis < 0 || fitted < 0 || skippedCount < 0) {
                return Optional.empty();
            }
            return Optional.of(new RefitNotice(when, answers, millis, fitted, skippedCount, skipped));
        } catch (NumberFormatException | DateTimeParseException | NullPointerException notANotice) {
            return Optional.empty();
        }
    }

    /** The refit in one sentence. */
    public String summary() {
        return String.format(Locale.ROOT, "The refit read %,d %s in %,d ms: %d %s fitted, %d skipped.", answers,
                answers == 1 ? "answer" : "answers", tookMillis, fitted, fitted == 1 ? "skill" : "skills",
                skippedCount);
    }

    /** The skipped skills, named (and how many more there were). */
    public String skippedList() {
        if (skippedCount == 0) {
            return "";
        }
        int more = skippedCount - skipped.size();
        return String.join(", ", skipped) + (more > 0 ? " and " + more + " more" : "");
    }
}
