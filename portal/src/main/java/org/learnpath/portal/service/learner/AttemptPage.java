package org.learnpath.portal.service.learner;

import java.util.List;
import org.learnpath.portal.model.AttemptView;

/** One page of the learner's answers, newest first; {@code page} counts from 0. */
public record AttemptPage(List<AttemptView> attempts, int page, boolean hasNext) {

    public AttemptPage {
        attempts = List.copyOf(attempts);
    }

    public boolean hasPrevious() {
        return page > 0;
    }
}
