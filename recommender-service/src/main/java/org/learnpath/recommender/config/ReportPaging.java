package org.learnpath.recommender.config;

import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Min;

/** Page sizes of a report, JSON and CSV alike. */
public interface ReportPaging {

    @WithDefault("50")
    @Min(1)
    int defaultSize();

    /** Larger than the other lists' pages: CSV exports are read page by page into spreadsheets. */
    @WithDefault("1000")
    @Min(1)
    int maxSize();
}
