package org.learnpath.portal.service.manage;

import org.learnpath.portal.model.ProgressStatus;
import org.learnpath.portal.model.TeamProgress.LearnerProgress;

/**
 * One learner's line of the team progress table, written out: the status as a word (its colour comes from
 * {@code statusClass}, never alone), shares as percentages, time spent as hours and minutes, dates in UTC.
 */
public record ProgressRow(String learnerId, String learner, boolean named, String status, String statusLabel,
        String statusClass, String mastered, String skills, long answers, String timeSpent, String lastActivityIso,
        String lastActivity, String completionIso, String completion) {

    static ProgressRow of(LearnerProgress p) {
        String status = p.status() == null ? "" : p.status();
        var known = ProgressStatus.of(status);
        boolean named = p.name() != null && !p.name().isBlank();
        String completionIso;
        String completion;
        if (p.completedAt() != null) {
            completionIso = Readable.iso(p.completedAt());
            completion = "Done on " + Readable.day(p.completedAt());
        } else if (p.projectedCompletion() != null) {
            completionIso = Readable.iso(p.projectedCompletion());
            completion = Readable.day(p.projectedCompletion());
        } else {
            completionIso = "";
            completion = "Not enough activity to tell";
        }
        return new ProgressRow(p.learnerId(), named ? p.name() : p.learnerId(), named, status,
                known.map(ProgressStatus::label).orElse(status.isEmpty() ? "Unknown" : status),
                known.map(ProgressStatus::name).orElse("OTHER"),
                p.masteredShare() == null ? "" : Readable.percent(p.masteredShare()),
                p.masteredSkills() + " of " + Readable.count(p.skills(), "skill", "skills"), p.answers(),
                Readable.duration(p.timeSpentSeconds()), Readable.iso(p.lastActivityAt()),
                p.lastActivityAt() == null ? "No activity yet" : Readable.dayAndTime(p.lastActivityAt()),
                completionIso, completion);
    }
}
