package org.learnpath.recommender.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.learnpath.recommender.config.TeamsConfig;
import org.learnpath.recommender.model.Team;
import org.learnpath.recommender.model.TeamDraft;
import org.learnpath.recommender.model.TeamMember;
import org.learnpath.recommender.model.TeamSummary;
import org.learnpath.recommender.model.TeamUpsert;
import org.learnpath.recommender.model.TeamUpsert.Change;
import org.learnpath.recommender.model.TeamUpsert.Outcome;
import org.learnpath.recommender.repository.LearnerOrganizationRepository;
import org.learnpath.recommender.repository.TeamRepository;
import org.learnpath.rest.IfMatch;
import org.learnpath.rest.Problem;
import org.learnpath.rest.ProblemException;
import org.learnpath.rest.ProblemType;
import org.learnpath.rest.Slice;

/**
 * The teams of an organization. Every operation is given the caller's organization and sees nothing of another one:
 * another organization's team is answered as a team that does not exist.
 *
 * <p>Every write is one transaction holding the organization's team lock (see TeamRepository), and either does all
 * it was asked or nothing. Naming a learner as a member records the learner in the organization when the learner was
 * never seen (an HR sync comes before the learner's first sign-in); a learner recorded in another organization
 * refuses the whole request, since a team never moves a learner between organizations (see LearnerOrganizations).
 */
@ApplicationScoped
public class TeamService {

    /** Field errors listed in one answer at most: enough to fix the request with, the rest would only bloat it. */
    private static final int MAX_ERRORS = 100;

    private final TeamRepository teams;
    private final LearnerOrganizationRepository learnerOrganizations;
    private final TeamsConfig config;
    private final AssignmentService assignments;

    public TeamService(TeamRepository teams, LearnerOrganizationRepository learnerOrganizations, TeamsConfig config,
            AssignmentService assignments) {
        this.teams = teams;
        this.learnerOrganizations = learnerOrganizations;
        this.config = config;
        this.assignments = assignments;
    }

    /** One page of the organization's teams by name; with {@code managerId}, only the teams they manage. */
    public Slice<TeamSummary> list(String organization, String managerId, int page, int size) {
        return teams.page(organization, managerId, page, size);
    }

    /** The team; with {@code managerId}, only if they manage it (else 404, as for a team that does not exist). */
    public Team get(String organization, String managerId, UUID id) {
        return teams.find(organization, id)
                .filter(team -> managerId == null || team.managers().contains(managerId))
                .orElseThrow(() -> unknown(id));
    }

    public Team create(String organization, TeamDraft draft) {
        check(List.of(draft), "");
        return QuarkusTransaction.requiringNew().call(() -> {
            teams.lockOrganization(organization);
            if (draft.key() != null && !teams.findByKeys(organization, List.of(draft.key())).isEmpty()) {
                throw keyTaken(draft.key());
            }
            admitMembers(organization, List.of(draft), "");
            UUID id = UUID.randomUUID();
            teams.create(organization, Map.of(id, draft));
            return teams.find(organization, id).orElseThrow();
        });
    }

    /** Replaces the team's key, name, members and managers; {@code ifMatch} must name its current version. */
    public Team replace(String organization, UUID id, String ifMatch, TeamDraft draft) {
        check(List.of(draft), "");
        return QuarkusTransaction.requiringNew().call(() -> {
            teams.lockOrganization(organization);
            Team current = teams.find(organization, id).orElseThrow(() -> unknown(id));
            IfMatch.require(ifMatch, current.version());
            if (draft.key() != null && !draft.key().equals(current.key())
                    && !teams.findByKeys(organization, List.of(draft.key())).isEmpty()) {
                throw keyTaken(draft.key());
            }
            admitMembers(organization, List.of(draft), "");
            if (same(current, draft)) {
                return current;
            }
            teams.replace(Map.of(id, draft));
            joined(List.of(current), List.of(draft));
            return teams.find(organization, id).orElseThrow();
        });
    }

    public void delete(String organization, UUID id) {
        boolean deleted = QuarkusTransaction.requiringNew().call(() -> {
            teams.lockOrganization(organization);
            return teams.delete(organization, id);
        });
        if (!deleted) {
            throw unknown(id);
        }
    }

    /**
     * Creates or replaces each team by its key; teams not named are left alone. A team whose name, members and
     * managers are already those asked for is left at its version, so the same request sent again changes nothing.
     */
    public TeamUpsert upsert(String organization, List<TeamDraft> drafts) {
        checkSize(drafts);
        List<Problem.FieldError> keyErrors = new ArrayList<>();
        Map<String, Integer> firstByKey = new HashMap<>();
        for (int i = 0; i < drafts.size(); i++) {
            String key = drafts.get(i).key();
            if (key == null) {
                keyErrors.add(new Problem.FieldError("teams[" + i + "].key", "is required in a bulk upsert"));
            } else if (firstByKey.putIfAbsent(key, i) != null) {
                keyErrors.add(new Problem.FieldError("teams[" + i + "].key",
                        "'" + key + "' is named already by teams[" + firstByKey.get(key) + "]"));
            }
        }
        if (!keyErrors.isEmpty()) {
            throw ProblemException.invalid(keyErrors);
        }
        check(drafts, "teams");
        return QuarkusTransaction.requiringNew().call(() -> {
            teams.lockOrganization(organization);
            admitMembers(organization, drafts, "teams");
            Map<String, Team> existing = teams.findByKeys(organization, firstByKey.keySet());
            Map<UUID, TeamDraft> created = new LinkedHashMap<>();
            Map<UUID, TeamDraft> replaced = new LinkedHashMap<>();
            List<Outcome> outcomes = new ArrayList<>(drafts.size());
            for (int i = 0; i < drafts.size(); i++) {
                TeamDraft draft = drafts.get(i);
                Team current = existing.get(draft.key());
                if (current == null) {
                    UUID id = UUID.randomUUID();
                    created.put(id, draft);
                    outcomes.add(new Outcome(i, draft.key(), id, 1, Change.CREATED));
                } else if (same(current, draft)) {
                    outcomes.add(new Outcome(i, draft.key(), current.id(), current.version(), Change.UNCHANGED));
                } else {
                    replaced.put(current.id(), draft);
                    outcomes.add(new Outcome(i, draft.key(), current.id(), current.version() + 1, Change.UPDATED));
                }
            }
            teams.create(organization, created);
            teams.replace(replaced);
            List<Team> before = new ArrayList<>();
            List<TeamDraft> after = new ArrayList<>();
            replaced.forEach((id, draft) -> {
                before.add(existing.get(draft.key()));
                after.add(draft);
            });
            joined(before, after);
            return new TeamUpsert(outcomes);
        });
    }

    /**
     * Members who joined an existing team (which may be assigned goals) and master an assigned goal already complete
     * it now, in the transaction that adds them, as if the assignment had been made with them in the team. A new
     * team needs no such check: no assignment names it yet.
     */
    private void joined(List<Team> before, List<TeamDraft> after) {
        Set<String> joined = new LinkedHashSet<>();
        for (int i = 0; i < before.size(); i++) {
            Set<String> members = new HashSet<>();
            before.get(i).members().forEach(member -> members.add(member.learnerId()));
            for (TeamMember member : after.get(i).members()) {
                if (!members.contains(member.learnerId())) {
                    joined.add(member.learnerId());
                }
            }
        }
        if (!joined.isEmpty()) {
            assignments.membersJoined(List.copyOf(joined));
        }
    }

    /**
     * Refuses (413) a request beyond the configured limits: {@code teams} teams, {@code memberships} members summed
     * over them, and {@code mostManagers} managers in its largest team. Cheap, so callers check it before anything
     * whose cost grows with the request.
     */
    public void checkSize(int teams, long memberships, int mostManagers) {
        if (teams > config.maxTeamsPerRequest()) {
            throw tooLarge(teams + " teams", config.maxTeamsPerRequest() + " teams");
        }
        if (memberships > config.maxMembershipsPerRequest()) {
            throw tooLarge(memberships + " memberships", config.maxMembershipsPerRequest() + " memberships");
        }
        if (mostManagers > config.maxManagersPerTeam()) {
            throw tooLarge(mostManagers + " managers of one team", config.maxManagersPerTeam() + " managers per team");
        }
    }

    private void checkSize(List<TeamDraft> drafts) {
        checkSize(drafts.size(), drafts.stream().mapToLong(d -> d.members().size()).sum(),
                drafts.stream().mapToInt(d -> d.managers().size()).max().orElse(0));
    }

    /**
     * The request's limits and the rules across fields: no learner twice in a team, no manager twice. {@code prefix}
     * names the drafts' list in the problem's fields ("" for a single team).
     */
    private void check(List<TeamDraft> drafts, String prefix) {
        checkSize(drafts);
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < drafts.size() && errors.size() < MAX_ERRORS; i++) {
            TeamDraft draft = drafts.get(i);
            String at = prefix.isEmpty() ? "" : prefix + "[" + i + "].";
            Map<String, Integer> seen = new HashMap<>();
            for (int m = 0; m < draft.members().size() && errors.size() < MAX_ERRORS; m++) {
                Integer first = seen.putIfAbsent(draft.members().get(m).learnerId(), m);
                if (first != null) {
                    errors.add(new Problem.FieldError(at + "members[" + m + "].learnerId",
                            "is named already by " + at + "members[" + first + "]"));
                }
            }
            Set<String> managers = new HashSet<>();
            for (int m = 0; m < draft.managers().size() && errors.size() < MAX_ERRORS; m++) {
                if (!managers.add(draft.managers().get(m))) {
                    errors.add(new Problem.FieldError(at + "managers[" + m + "]", "is named twice"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    /**
     * Records the members never seen in {@code organization}, and refuses the request (404, naming the first such
     * member) when one of them is recorded in another organization. Runs in the write's transaction, so a refusal
     * records nobody.
     */
    private void admitMembers(String organization, List<TeamDraft> drafts, String prefix) {
        Map<String, String> asked = new HashMap<>();
        drafts.forEach(d -> d.members().forEach(m -> asked.put(m.learnerId(), organization)));
        if (asked.isEmpty()) {
            return;
        }
        Map<String, String> recorded = learnerOrganizations.record(asked);
        for (int i = 0; i < drafts.size(); i++) {
            List<TeamMember> members = drafts.get(i).members();
            for (int m = 0; m < members.size(); m++) {
                String learner = members.get(m).learnerId();
                if (!organization.equals(recorded.get(learner))) {
                    String field = (prefix.isEmpty() ? "" : prefix + "[" + i + "].") + "members[" + m + "].learnerId";
                    String message = "no learner '" + learner + "' in your organization";
                    throw new ProblemException(ProblemType.NOT_FOUND, 404, field + ": " + message,
                            List.of(new Problem.FieldError(field, message)), Map.of());
                }
            }
        }
    }

    /** Whether the team already is what the draft asks for (members and managers compared as sets). */
    private static boolean same(Team team, TeamDraft draft) {
        if (!Objects.equals(team.key(), draft.key()) || !team.name().equals(draft.name())
                || team.members().size() != draft.members().size()
                || team.managers().size() != draft.managers().size()) {
            return false;
        }
        Map<String, TeamMember> members = new HashMap<>();
        team.members().forEach(m -> members.put(m.learnerId(), m));
        return draft.members().stream().allMatch(m -> m.equals(members.get(m.learnerId())))
                && new HashSet<>(team.managers()).containsAll(draft.managers());
    }

    private static ProblemException unknown(UUID id) {
        return ProblemException.notFound("Team", id.toString());
    }

    private static ProblemException keyTaken(String key) {
        return ProblemException.conflict("Another team of your organization has the key '" + key + "'");
    }

    private static ProblemException tooLarge(String what, String limit) {
        return new ProblemException(ProblemType.HTTP, 413, "The request names " + what + "; at most " + limit
                + " are accepted per request: send them in several");
    }
}
