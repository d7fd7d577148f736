package org.learnpath.portal.rest.learner;

import java.util.List;
import org.learnpath.portal.service.learner.AttemptPage;

/**
 * A page of the learner's answers; the links to the newer and older pages are null where there is none. The skills
 * column appears once the assessment service sends the items' skills.
 */
public record HistoryPage(List<AttemptRow> rows, int number, String newer, String older, boolean showSkills) {

    static HistoryPage of(AttemptPage page) {
        List<AttemptRow> rows = page.attempts().stream().map(AttemptRow::of).toList();
        return new HistoryPage(rows, page.page() + 1,
                page.hasPrevious() ? "/learn/history?page=" + (page.page() - 1) : null,
                page.hasNext() ? "/learn/history?page=" + (page.page() + 1) : null,
                rows.stream().anyMatch(r -> !r.skills().isEmpty()));
    }

    public boolean empty() {
        return rows.isEmpty();
    }
}
