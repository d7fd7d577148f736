package org.learnpath.recommender.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

@ConfigMapping(prefix = "learnpath.assignments")
public interface AssignmentConfig {

    /** Assignments per page of GET /api/assignments when the request names no size. */
    @WithDefault("20")
    @Min(1)
    int defaultPageSize();

    @WithDefault("100")
    @Min(1)
    int maxPageSize();

    /**
     * How far ahead a due date may be, in years: a date beyond is a typing error, not a plan (and years past 9999
     * are not dates the database or a client can hold).
     */
    @WithDefault("5")
    @Min(1)
    @Max(100)
    int maxYearsAhead();
}
