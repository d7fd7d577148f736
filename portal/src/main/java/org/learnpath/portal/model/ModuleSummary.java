package org.learnpath.portal.model;

import java.util.List;

/** A module as the catalog lists it: enough to choose one. */
public record ModuleSummary(String slug, String title, String summary, String area, String level, int estimatedMinutes,
        List<String> skills) {
}
