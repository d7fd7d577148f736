package org.learnpath.recommender.rest;

import java.util.List;
import java.util.UUID;
import org.learnpath.recommender.model.TeamUpsert;

/** What a bulk upsert did: the counts, and per team of the request (in its order) its id, version and outcome. */
public record TeamUpsertView(long created, long updated, long unchanged, List<Outcome> teams) {

    /** {@code outcome}: CREATED, UPDATED or UNCHANGED (an unchanged team keeps its version). */
    public record Outcome(int index, String key, UUID id, long version, TeamUpsert.Change outcome) {
    }

    static TeamUpsertView of(TeamUpsert upsert) {
        return new TeamUpsertView(upsert.count(TeamUpsert.Change.CREATED), upsert.count(TeamUpsert.Change.UPDATED),
                upsert.count(TeamUpsert.Change.UNCHANGED), upsert.teams().stream()
                        .map(t -> new Outcome(t.index(), t.key(), t.id(), t.version(), t.change())).toList());
    }
}
