package org.learnpath.portal.rest.manage;

import org.learnpath.portal.rest.author.Paging;
import org.learnpath.portal.service.manage.AssignmentReport;

/**
 * An assignment's page: the assignment, its team progress report (with the status filter in force, {@code status}
 * "" for all, and the learners' page links) and its skill-gap heatmap (with the skills' page links and the page
 * shown, which the status filter keeps), the links to
 * download each report, and a notice after an assignment was made.
 */
public record ReportView(AssignmentRow assignment, AssignmentReport report, String status, Paging learners,
        Paging skills, int skillsPage, Exports exports, String notice) {

    /**
     * The download links of the page's reports, as CSV or JSON: the first 1,000 learners or skills (the whole report
     * of any but the largest team).
     */
    public record Exports(String progressCsv, String progressJson, String skillGapsCsv, String skillGapsJson,
            boolean progressPaged, boolean skillsPaged) {
    }
}
