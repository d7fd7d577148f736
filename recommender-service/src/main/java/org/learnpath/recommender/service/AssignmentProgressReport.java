package org.learnpath.recommender.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.learnpath.learner.AssignmentForecast;
import org.learnpath.learner.AssignmentStatus;
import org.learnpath.learner.MasteryForecast;
import org.learnpath.learner.Pace;
import org.learnpath.learner.RemainingWork;
import org.learnpath.learner.SkillMastery;
import org.learnpath.recommender.config.ReportsConfig;
import org.learnpath.recommender.model.Assignment;
import org.learnpath.recommender.model.AssignmentCaller;
import org.learnpath.recommender.model.AssignmentLearner;
import org.learnpath.recommender.repository.AssignmentRepository;
import org.learnpath.recommender.repository.LearnerActivityRepository;
import org.learnpath.recommender.repository.LearnerActivityRepository.Effort;
import org.learnpath.recommender.repository.MasteryRepository;
import org.learnpath.rest.ProblemException;
import org.learnpath.rest.Slice;

/**
 * Team progress per assignment: for each of its learners, the share of the goal mastered, the effort since it was
 * assigned, and a status from the forecast (docs/forecast.md). The whole report is computed for every request (a
 * few statements, whatever the team's size) so that it always shows the latest answers; pages and the status filter
 * cut the computed rows, and the counts by status are over all of them. A manager reads only the learners they
 * manage now.
 */
@ApplicationScoped
public class AssignmentProgressReport {

    /** Who needs attention first. */
    private static final List<AssignmentStatus> ORDER = List.of(AssignmentStatus.OVERDUE, AssignmentStatus.AT_RISK,
            AssignmentStatus.ON_TRACK, AssignmentStatus.DONE);

    private static final Comparator<LearnerProgress> ROWS = Comparator
            .comparingInt((LearnerProgress row) -> ORDER.indexOf(row.forecast().status()))
            .thenComparing(LearnerProgress::learnerId);

    private final AssignmentRepository assignments;
    private final MasteryRepository masteries;
    private final LearnerActivityRepository activity;
    private final TeamDirectory teams;
    private final PlanningFactory planning;
    private final ReportForecasting forecasting;
    private final ReportsConfig config;

    public AssignmentProgressReport(AssignmentRepository assignments, MasteryRepository masteries,
            LearnerActivityRepository activity, TeamDirectory teams, PlanningFactory planning,
            ReportForecasting forecasting, ReportsConfig config) {
        this.assignments = assignments;
        this.masteries = masteries;
        this.activity = activity;
        this.teams = teams;
        this.planning = planning;
        this.forecasting = forecasting;
        this.config = config;
    }

    /**
     * @param status only the learners in this status; null for all
     * @throws ProblemException 404 unless the caller may see the assignment (as GET /api/assignments/{id}); 409 when
     *                          its goal is no longer in the catalog (the assignment still lists its completions)
     */
    public AssignmentProgressPage page(AssignmentCaller caller, UUID id, AssignmentStatus status, int page,
            int size) {
        Assignment assignment = assignments.find(caller, id)
                .orElseThrow(() -> ProblemException.notFound("Assignment", id.toString()));
        Planning plans = planning.current();
        if (!plans.catalog().hasGoalFor(assignment.goalSlug(), assignment.organization())) {
            throw ProblemException.conflict("The goal '" + assignment.goalSlug() + "' is no longer in the catalog:"
                    + " there is nothing to measure progress against. The assignment still lists who completed it.");
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        List<LearnerProgress> rows = rows(assignment, visibleLearners(assignments, caller, assignment), plans, now);

        Map<AssignmentStatus, Integer> byStatus = new EnumMap<>(AssignmentStatus.class);
        for (AssignmentStatus s : AssignmentStatus.values()) {
            byStatus.put(s, 0);
        }
        rows.forEach(row -> byStatus.merge(row.forecast().status(), 1, Integer::sum));
        List<LearnerProgress> selected = status == null ? rows
                : rows.stream().filter(row -> row.forecast().status() == status).toList();
        long from = Math.min((long) page * size, selected.size());
        int to = (int) Math.min(from + size, selected.size());
        return new AssignmentProgressPage(assignment, plans.catalog().goalName(assignment.goalSlug()).orElse(null),
                now, byStatus, new Slice<>(selected.subList((int) from, to), selected.size()));
    }

    /**
     * The assignment's learners whose progress the caller may read: all of them for an admin; for a manager, those
     * who are members of a team they manage now. A manager still sees an assignment they made after the team changed
     * hands (GET /api/assignments/{id}), but not the activity of learners they no longer manage.
     */
    static List<AssignmentLearner> visibleLearners(AssignmentRepository assignments, AssignmentCaller caller,
            Assignment assignment) {
        List<AssignmentLearner> learners = assignments.learners(assignment.id());
        if (caller.admin() || learners.isEmpty()) {
            return learners;
        }
        Set<String> managed = assignments.membersManagedBy(caller.id(), caller.organization(),
                learners.stream().map(AssignmentLearner::learnerId).toList());
        return learners.stream().filter(l -> managed.contains(l.learnerId())).toList();
    }

    private List<LearnerProgress> rows(Assignment assignment, List<AssignmentLearner> learners, Planning plans,
            Instant now) {
        if (learners.isEmpty()) {
            return List.of();
        }
        List<String> ids = learners.stream().map(AssignmentLearner::learnerId).toList();
        Set<String> skills = MasteryForecast.goalSkills(plans.catalog().graph(), assignment.goalSlug());
        MasteryForecast forecast = forecasting.forecast(plans.model(), now);
        var settings = forecasting.settings();
        int window = Pace.windowDays(now, assignment.createdAt(), settings);

        Map<String, List<SkillMastery>> states = masteries.load(ids);
        Map<String, Effort> effort = activity.effortSince(ids, assignment.createdAt(), skills,
                config.maxTimePerAnswer());
        Map<String, int[]> daily = activity.dailyCounts(ids, now, window);
        Map<String, Instant> lastAnswers = activity.lastAnswers(ids);
        Map<String, String> names = teams.displayNames(assignment.organization(), ids);
        Instant dueAt = DueDates.endOf(assignment.dueDate());

        List<LearnerProgress> rows = new ArrayList<>(learners.size());
        for (AssignmentLearner learner : learners) {
            String id = learner.learnerId();
            Map<String, SkillMastery> bySkill = new HashMap<>();
            for (SkillMastery state : states.getOrDefault(id, List.of())) {
                bySkill.put(state.skillCode(), state);
            }
            RemainingWork remaining = forecast.remaining(bySkill, skills, now);
            Instant last = lastAnswers.get(id);
            int[] counts = daily.get(id);
            Pace pace = counts == null ? Pace.none(window, last)
                    : Pace.fromDailyCounts(counts, last, settings.burstFactor());
            AssignmentForecast status = forecasting.forecaster().assess(learner.completedAt() != null,
                    remaining.expectedAnswers(), pace, now, assignment.createdAt(), dueAt);
            Effort spent = effort.getOrDefault(id, new Effort(0, 0));
            rows.add(new LearnerProgress(id, names.get(id), remaining, spent.answers(), spent.millis(), last,
                    learner.completedAt(), status));
        }
        rows.sort(ROWS);
        return rows;
    }
}
