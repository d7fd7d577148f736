package org.learnpath.portal.service.manage;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.learnpath.portal.model.ApiProblem;
import org.learnpath.portal.model.TeamDetails;
import org.learnpath.portal.model.TeamPage;
import org.learnpath.portal.model.TeamWrite;
import org.learnpath.portal.repository.TeamClient;
import org.learnpath.portal.service.author.FieldErrors;
import org.learnpath.portal.service.author.Parsed;
import org.learnpath.portal.service.author.Refusal;
import org.learnpath.portal.service.author.Refusals;
import org.learnpath.portal.service.author.Remote;
import org.learnpath.portal.service.author.Submission;
import org.learnpath.portal.service.author.Tagged;

/**
 * Teams for managers and admins: list and read (the recommender shows a manager only the teams they manage), and for
 * admins create, replace (with the version opened: a stale form is refused, not merged) and delete.
 */
@ApplicationScoped
public class TeamManagement {

    static final String SERVICE = "recommender";
    /** Teams per page of the list. */
    public static final int PAGE_SIZE = 20;

    private static final Set<String> FIELDS = Set.of(TeamForm.FIELDS);
    /**
     * The recommender names a member's field {@code members[i].learnerId} and a manager's {@code managers[i]}; the
     * problem reader keeps the last name of the path.
     */
    private static final Map<String, String> ALIASES = Map.of("learnerId", "members");
    static final String CONFIRM = "Tick the box to confirm that the team is to be deleted.";

    private final TeamClient teams;

    public TeamManagement(@RestClient TeamClient teams) {
        this.teams = teams;
    }

    public TeamPage list(int page) {
        return Remote.call(SERVICE, () -> teams.list(page, PAGE_SIZE));
    }

    public Tagged<TeamDetails> load(String id) {
        String team = Ids.uuid(id, "team");
        return Remote.tagged(SERVICE, () -> teams.team(team), TeamDetails::version);
    }

    public Submission<UUID> create(TeamForm form) {
        Parsed<TeamWrite> parsed = TeamForms.parse(form);
        if (!parsed.ok()) {
            return Submission.refused(Refusal.invalid(parsed.errors()));
        }
        try {
            TeamDetails created = Remote.call(SERVICE, () -> teams.create(parsed.value())).getEntity();
            return Submission.saved(created.id());
        } catch (ApiProblem problem) {
            return Submission.refused(refusal(problem, parsed.value()));
        }
    }

    public Submission<UUID> update(String id, TeamForm form) {
        String team = Ids.uuid(id, "team");
        Parsed<TeamWrite> parsed = TeamForms.parse(form);
        if (!parsed.ok()) {
            return Submission.refused(Refusal.invalid(parsed.errors()));
        }
        if (form.etag().isBlank()) {
            return Submission.refused(Refusals.noVersion());
        }
        try {
            Remote.call(SERVICE, () -> teams.update(team, form.etag(), parsed.value()));
            return Submission.saved(UUID.fromString(team));
        } catch (ApiProblem problem) {
            return Submission.refused(refusal(problem, parsed.value()));
        }
    }

    public Submission<UUID> delete(String id, boolean confirmed) {
        String team = Ids.uuid(id, "team");
        if (!confirmed) {
            return Submission.refused(Refusal.invalid(FieldErrors.none().add("confirm", CONFIRM)));
        }
        try {
            Remote.run(SERVICE, () -> teams.delete(team));
            return Submission.saved(UUID.fromString(team));
        } catch (ApiProblem problem) {
            return Submission.refused(Refusals.of(problem, "team", Set.of(), Map.of()));
        }
    }

    /** A conflict without a field is the key: another team of the organization has it. */
    private static Refusal refusal(ApiProblem problem, TeamWrite sent) {
        if (problem.status() == 409 && problem.fieldErrors().isEmpty() && sent.key() != null) {
            return new Refusal(409, FieldErrors.none().add("key",
                    "Another team of your organization has this key: choose another, or leave it empty."), null,
                    null);
        }
        return Refusals.of(problem, "team", FIELDS, ALIASES);
    }
}
