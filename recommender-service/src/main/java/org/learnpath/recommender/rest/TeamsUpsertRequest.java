package org.learnpath.recommender.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.learnpath.recommender.model.TeamDraft;

/** The teams an HR sync upserts by key; each must have a key, and no key may appear twice. */
public record TeamsUpsertRequest(@NotNull List<@NotNull @Valid TeamRequest> teams) {

    List<TeamDraft> toDrafts() {
        return teams.stream().map(TeamRequest::toDraft).toList();
    }
}
