package org.learnpath.recommender.model;

import java.util.List;
import java.util.UUID;

/** The result of a bulk upsert by key: per team of the request (in its order) what happened, and the counts. */
public record TeamUpsert(List<Outcome> teams) {

    public enum Change { CREATED, UPDATED, UNCHANGED }

    /** The team named at {@code index} of the request, as it is now. */
    public record Outcome(int index, String key, UUID id, long version, Change change) {
    }

    public TeamUpsert {
        teams = List.copyOf(teams);
    }

    public long count(Change change) {
        return teams.stream().filter(t -> t.change() == change).count();
    }
}
