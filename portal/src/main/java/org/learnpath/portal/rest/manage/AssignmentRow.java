package org.learnpath.portal.rest.manage;

import org.learnpath.portal.model.AssignmentDetails;
import org.learnpath.portal.service.manage.Readable;

/** An assignment as the list and the withdraw page show it. */
public record AssignmentRow(String id, String goal, String goalName, String team, String dueIso, String due,
        int learners, int completed, String created) {

    static AssignmentRow of(AssignmentDetails a) {
        String team = a.teamName() != null ? a.teamName()
                : a.teamId() != null ? "A team deleted since" : "Named learners only";
        return new AssignmentRow(a.id().toString(), a.goal(), a.goalName() == null ? a.goal() : a.goalName(), team,
                Readable.iso(a.dueDate()), a.dueDate() == null ? "No due date" : Readable.day(a.dueDate()),
                a.learnerCount(), a.completedCount(), Readable.day(a.createdAt()));
    }

    /** What the assignment is in words, for link texts that must make sense on their own. */
    public String describe() {
        return goalName + " for " + team;
    }
}
