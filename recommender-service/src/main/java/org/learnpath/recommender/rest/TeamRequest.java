package org.learnpath.recommender.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.learnpath.recommender.model.TeamDraft;
import org.learnpath.recommender.model.TeamMember;

/**
 * A team as a client sends it: everything it is to be, replacing what it was (members and managers are required, so
 * that a forgotten field never empties a team). How many members and managers a request may name is configured
 * (TeamsConfig) and checked by the service, which answers 413 beyond.
 */
public record TeamRequest(
        @Pattern(regexp = KEY, message = "must be 1 to 100 of A-Z a-z 0-9 . _ : -")
        @Schema(description = "The team's id in the HR system, unique within the organization; optional here, required"
                + " in a bulk upsert")
        String key,
        @NotBlank @Size(max = 200) String name,
        @NotNull @Schema(description = "Replaces the team's members; a learner at most once")
        List<@NotNull @Valid Member> members,
        @NotNull @Schema(description = "Keycloak subjects of the users (role manager) who manage the team")
        List<@NotNull @Size(min = 1, max = 255) @Pattern(regexp = SUBJECT, message = SUBJECT_MESSAGE) String> managers) {

    static final String KEY = "[A-Za-z0-9._:-]{1,100}";

    /**
     * A Keycloak subject as every LearnPath API and event holds it (the answer events' learnerId rule): 1 to 255
     * characters, no control characters but tab, line feed and carriage return (the JSON input rules refuse unpaired
     * surrogates and noncharacters in every string already).
     */
    static final String SUBJECT = "[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F]+";
    static final String SUBJECT_MESSAGE = "must not contain control characters";

    /** A member: the learner's Keycloak subject and, optionally, the name the HR system knows them by. */
    public record Member(
            @NotNull @Size(min = 1, max = 255) @Pattern(regexp = SUBJECT, message = SUBJECT_MESSAGE)
            String learnerId,
            @Size(min = 1, max = 200) String name) {
    }

    TeamDraft toDraft() {
        return new TeamDraft(key, name, members.stream().map(m -> new TeamMember(m.learnerId(), m.name())).toList(),
                managers);
    }
}
