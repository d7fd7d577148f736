package org.learnpath.portal.rest.learner;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.learnpath.portal.model.LearnerAssignment;

/**
 * One goal assigned to the learner, as their assignments page lists it: due when, done or how far, and the link to
 * the goal's path. {@code overdue} only for an open assignment whose day has passed everywhere (UTC-12 included), so
 * that nobody is told they are late on their due day.
 */
public record AssignmentRow(String assignmentId, String goal, String goalName, String dueIso, String dueText,
        boolean overdue, String completedIso, String completedText, String progress, boolean offered) {

    static List<AssignmentRow> of(List<LearnerAssignment> assignments, LocalDate todayEverywhere) {
        return assignments.stream().map(a -> of(a, todayEverywhere)).toList();
    }

    static AssignmentRow of(LearnerAssignment a, LocalDate todayEverywhere) {
        boolean offered = a.masteredShare() != null;
        String progress;
        if (a.completedAt() != null) {
            progress = "Completed";
        } else if (!offered) {
            progress = "This goal is no longer offered";
        } else {
            progress = Math.round(a.masteredShare() * 100) + " % mastered" + (a.totalModules() == null ? ""
                    : " (" + a.masteredModules() + " of " + a.totalModules() + " modules)");
        }
        return new AssignmentRow(a.assignmentId() == null ? "" : a.assignmentId().toString(), a.goal(),
                a.goalName() == null ? a.goal() : a.goalName(), a.dueDate() == null ? "" : a.dueDate().toString(),
                a.dueDate() == null ? "No due date" : Dates.day(a.dueDate()),
                a.completedAt() == null && a.dueDate() != null && a.dueDate().isBefore(todayEverywhere),
                Dates.iso(a.completedAt()), Dates.readable(a.completedAt()), progress, offered);
    }

    /** The day it is now in the last time zone to reach it (UTC-12). */
    static LocalDate todayEverywhere(java.time.Instant now) {
        return now.atOffset(ZoneOffset.ofHours(-12)).toLocalDate();
    }
}
