package org.learnpath.recommender.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.learnpath.learner.LearnerSnapshot;
import org.learnpath.learner.LearningPath;
import org.learnpath.recommender.config.AssignmentConfig;
import org.learnpath.recommender.model.Assignment;
import org.learnpath.recommender.model.AssignmentCaller;
import org.learnpath.recommender.model.AssignmentDraft;
import org.learnpath.recommender.model.AssignmentOfLearner;
import org.learnpath.recommender.model.Learner;
import org.learnpath.recommender.repository.AssignmentRepository;
import org.learnpath.recommender.repository.DatabaseException;
import org.learnpath.recommender.repository.MasteryRepository;
import org.learnpath.recommender.repository.TeamRepository;
import org.learnpath.rest.Problem;
import org.learnpath.rest.ProblemException;
import org.learnpath.rest.ProblemType;
import org.learnpath.rest.Slice;

/**
 * Goals assigned to teams and learners of an organization. Everything is scoped to the caller's organization: an
 * assignment, team or learner of another organization is answered exactly as one that does not exist. Admins reach
 * every assignment of their organization; managers assign to the teams they manage and their members, and see those
 * assignments and the ones they created.
 */
@ApplicationScoped
public class AssignmentService {

    /**
     * The earliest and the latest time zones: a due date is "in the past" only once that day is over everywhere, and
     * "ahead" is counted from the latest today anywhere, so no caller's own calendar day is refused.
     */
    private static final ZoneOffset EARLIEST = ZoneOffset.ofHours(-12);
    private static final ZoneOffset LATEST = ZoneOffset.ofHours(14);

    private final AssignmentRepository assignments;
    private final TeamDirectory teams;
    private final TeamRepository teamLocks;
    private final MasteryRepository masteries;
    private final PlanningFactory planning;
    private final AssignmentCompletions completions;
    private final AssignmentConfig config;

    public AssignmentService(AssignmentRepository assignments, TeamDirectory teams, TeamRepository teamLocks,
            MasteryRepository masteries, PlanningFactory planning, AssignmentCompletions completions,
            AssignmentConfig config) {
        this.assignments = assignments;
        this.teams = teams;
        this.teamLocks = teamLocks;
        this.masteries = masteries;
        this.planning = planning;
        this.completions = completions;
        this.config = config;
    }

    /**
     * Assigns the goal, and records at once the completion of every learner of it who masters the goal already.
     *
     * @throws ProblemException 400 for a goal not in the catalog for the organization (the same answer for another
     *                          organization's goal), a due date in the past or too far ahead, or no learner named at
     *                          all; 404 for a team, or a named learner, not in the organization (for a manager: a
     *                          team they do not manage); 403 when a manager names a learner outside their teams
     */
    public AssignmentDetails create(AssignmentCaller caller, AssignmentDraft draft) {
        Planning plans = planning.current();
        List<Problem.FieldError> errors = new ArrayList<>();
        if (!plans.catalog().hasGoalFor(draft.goalSlug(), caller.organization())) {
            errors.add(new Problem.FieldError("goal", "no goal '" + draft.goalSlug() + "' in the catalog"));
        }
        LocalDate due = draft.dueDate();
        if (due != null && due.isBefore(LocalDate.now(EARLIEST))) {
            errors.add(new Problem.FieldError("dueDate", "must not be in the past"));
        } else if (due != null && due.isAfter(LocalDate.now(LATEST).plusYears(config.maxYearsAhead()))) {
            errors.add(new Problem.FieldError("dueDate",
                    "must be at most " + config.maxYearsAhead() + " years ahead"));
        }
        Set<String> named = new LinkedHashSet<>(draft.learnerIds());
        if (draft.teamId() == null && named.isEmpty()) {
            errors.add(new Problem.FieldError("learnerIds", "must name at least one learner when no teamId is given"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        if (draft.teamId() != null) {
            boolean reachable = teams.find(caller.organization(), draft.teamId()).isPresent()
                    && (caller.admin() || teams.manages(caller.id(), draft.teamId()));
            if (!reachable) {
                throw ProblemException.notFound("Team", draft.teamId().toString());
            }
        }
        checkLearners(caller, draft.learnerIds());

        Assignment assignment = new Assignment(UUID.randomUUID(), caller.organization(), draft.goalSlug(),
                draft.teamId(), null, List.copyOf(named), due, caller.id(),
                // As stored (PostgreSQL keeps microseconds): the response, the record and the event say the same.
                Instant.now().truncatedTo(ChronoUnit.MICROS), 0, 0);
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                if (draft.teamId() != null) {
                    // Team writes take turns under this lock, so the members read below stay the team's members
                    // until this commits, and one who joins later is seen joining an assigned team (membersJoined).
                    // Taken first: a team deletion holds it while it waits for the team row this insert refers to.
                    teamLocks.lockOrganization(caller.organization());
                }
                assignments.insert(assignment);
                Set<String> learners = new LinkedHashSet<>(named);
                if (draft.teamId() != null) {
                    learners.addAll(teams.members(draft.teamId()));
                }
                completions.completeMastered(plans, learners, assignment.id(), assignment.createdAt());
            });
        } catch (RuntimeException e) {
            if (draft.teamId() != null && foreignKeyViolated(e)) {
                // The team was deleted since it was checked above: as if it had never existed.
                throw ProblemException.notFound("Team", draft.teamId().toString());
            }
            throw e;
        }
        return get(caller, assignment.id());
    }

    private static boolean foreignKeyViolated(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DatabaseException database && "23503".equals(database.sqlState())) {
                return true;
            }
        }
        return false;
    }

    /** The named learners must be of the organization (404), and for a manager members of their teams (403). */
    private void checkLearners(AssignmentCaller caller, List<String> learnerIds) {
        if (learnerIds.isEmpty()) {
            return;
        }
        Set<String> known = assignments.inOrganization(caller.organization(), learnerIds);
        for (int i = 0; i < learnerIds.size(); i++) {
            if (!known.contains(learnerIds.get(i))) {
                throw new ProblemException(ProblemType.NOT_FOUND, 404, "learnerIds[" + i + "]: no learner '"
                        + learnerIds.get(i) + "' in your organization");
            }
        }
        if (caller.admin()) {
            return;
        }
        Set<String> managed = assignments.membersManagedBy(caller.id(), caller.organization(), learnerIds);
        for (int i = 0; i < learnerIds.size(); i++) {
            if (!managed.contains(learnerIds.get(i))) {
                throw new ProblemException(ProblemType.FORBIDDEN, 403, "learnerIds[" + i + "]: learner '"
                        + learnerIds.get(i) + "' is not a member of a team you manage");
            }
        }
    }

    /** The assignment with its learners now and their completions; 404 unless the caller may see it. */
    public AssignmentDetails get(AssignmentCaller caller, UUID id) {
        Assignment assignment = assignments.find(caller, id)
                .orElseThrow(() -> ProblemException.notFound("Assignment", id.toString()));
        return new AssignmentDetails(assignment, goalName(assignment.goalSlug(), assignment.organization()),
                assignments.learners(id));
    }

    public Slice<AssignmentDetails> page(AssignmentCaller caller, int page, int size) {
        Slice<Assignment> slice = assignments.page(caller, page, size);
        return new Slice<>(slice.items().stream().map(a -> new AssignmentDetails(a,
                goalName(a.goalSlug(), a.organization()), null)).toList(), slice.total());
    }

    /**
     * Deletes the assignment (its completion records go with it; their events were published). 404 unless the caller
     * may see it.
     */
    public void delete(AssignmentCaller caller, UUID id) {
        if (!assignments.delete(caller, id)) {
            throw ProblemException.notFound("Assignment", id.toString());
        }
    }

    /**
     * For members who joined a team: completes at once their open assignments whose goal they master already, as a
     * new assignment does for its learners. Best called in the transaction that adds them (it joins it; without one
     * it runs in its own, after theirs committed).
     */
    public void membersJoined(List<String> learnerIds) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        QuarkusTransaction.joiningExisting().run(
                () -> completions.completeMastered(planning.current(), learnerIds, null, now));
    }

    /**
     * The learner's assignments (through their teams now, or naming them), each with the share of the goal's path
     * mastered now.
     */
    public List<AssignmentProgress> ofLearner(Learner learner) {
        List<AssignmentOfLearner> mine = assignments.ofLearner(learner.id(), learner.organization());
        if (mine.isEmpty()) {
            return List.of();
        }
        Planning plans = planning.current();
        LearnerSnapshot snapshot = plans.snapshot(learner.id(), masteries.load(learner.id()), Instant.now());
        List<AssignmentProgress> progress = new ArrayList<>(mine.size());
        for (AssignmentOfLearner assignment : mine) {
            if (!plans.catalog().hasGoalFor(assignment.goalSlug(), learner.organization())) {
                progress.add(new AssignmentProgress(assignment, null, null, null));
                continue;
            }
            LearningPath path = plans.path(assignment.goalSlug(), snapshot);
            progress.add(new AssignmentProgress(assignment, plans.catalog().goalName(assignment.goalSlug())
                    .orElse(null), Planning.masteredModules(path), path.modules().size()));
        }
        return progress;
    }

    private String goalName(String slug, String organization) {
        Catalog catalog = planning.current().catalog();
        return catalog.hasGoalFor(slug, organization) ? catalog.goalName(slug).orElse(null) : null;
    }
}
