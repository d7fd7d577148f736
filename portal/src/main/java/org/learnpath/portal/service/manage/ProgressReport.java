package org.learnpath.portal.service.manage;

import java.util.List;
import org.learnpath.portal.model.ProgressStatus;
import org.learnpath.portal.model.TeamProgress;
import org.learnpath.portal.service.author.Option;

/**
 * The team progress report as the assignment page shows it: the counts by status over all learners, one page of
 * learner rows, the status filter's options and the filter in force (null for all).
 */
public record ProgressReport(TeamProgress source, List<Count> counts, List<ProgressRow> rows, List<Option> statuses,
        ProgressStatus filter) {

    /** One status of the summary with its count; {@code statusClass} null for the total. */
    public record Count(String label, int count, String statusClass) {
    }

    static ProgressReport of(TeamProgress progress, ProgressStatus filter) {
        TeamProgress.Summary s = progress.summary();
        List<Count> counts = List.of(new Count("Learners", s.learners(), null),
                new Count(ProgressStatus.DONE.label(), s.done(), ProgressStatus.DONE.name()),
                new Count(ProgressStatus.ON_TRACK.label(), s.onTrack(), ProgressStatus.ON_TRACK.name()),
                new Count(ProgressStatus.AT_RISK.label(), s.atRisk(), ProgressStatus.AT_RISK.name()),
                new Count(ProgressStatus.OVERDUE.label(), s.overdue(), ProgressStatus.OVERDUE.name()));
        return new ProgressReport(progress, counts, progress.items().stream().map(ProgressRow::of).toList(),
                options(filter), filter);
    }

    public static List<Option> options(ProgressStatus filter) {
        return List.of(ProgressStatus.values()).stream()
                .map(s -> new Option(s.name(), s.label(), s == filter)).toList();
    }

    /** The filter in force as a sentence says it ("at risk"); "" for none. */
    public String filterText() {
        return filter == null ? "" : filter.label().toLowerCase(java.util.Locale.ROOT);
    }
}
