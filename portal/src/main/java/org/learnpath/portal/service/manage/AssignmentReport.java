package org.learnpath.portal.service.manage;

import org.learnpath.portal.model.AssignmentDetails;

/**
 * What an assignment's page shows: the assignment, its team progress report and its skill-gap heatmap. Each report is
 * a section of its own: one that cannot be shown is null, its error says why, and the rest of the page stays.
 */
public record AssignmentReport(AssignmentDetails assignment, ProgressReport progress, String progressError,
        Heatmap heatmap, String heatmapError) {

    static AssignmentReport of(AssignmentDetails assignment, Section<ProgressReport> progress,
            Section<Heatmap> heatmap) {
        return new AssignmentReport(assignment, progress.value(), progress.error(), heatmap.value(), heatmap.error());
    }
}
