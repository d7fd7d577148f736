package org.learnpath.recommender.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * Limits of the team API. A request beyond them is refused whole (413) before anything is read or written: one
 * request is one transaction, and an HR sync larger than these is sent in several requests (each team is upserted by
 * its key, so splitting a sync changes nothing of its result).
 */
@ConfigMapping(prefix = "learnpath.recommender.teams")
public interface TeamsConfig {

    /** Teams per bulk upsert ({@code PUT /api/teams}). */
    @WithDefault("500")
    @Min(1)
    int maxTeamsPerRequest();

    /**
     * Memberships (members summed over the request's teams) per request, which bounds the rows one transaction writes.
     * The body size limit (quarkus.http.limits.max-body-size) must leave room for them: about 100 bytes each with a
     * display name.
     */
    @WithDefault("10000")
    @Min(1)
    int maxMembershipsPerRequest();

    /** Managers of one team. */
    @WithDefault("50")
    @Min(1)
    @Max(10000)
    int maxManagersPerTeam();

    /** Teams per page of {@code GET /api/teams} when the request names no size. */
    @WithDefault("20")
    @Min(1)
    int defaultPageSize();

    @WithDefault("100")
    @Min(1)
    int maxPageSize();
}
