package org.learnpath.recommender.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.learnpath.learner.BktParameters;
import org.learnpath.learner.MasteryForecast;
import org.learnpath.learner.ModelConfig;
import org.learnpath.learner.SkillMastery;
import org.learnpath.recommender.config.RecommenderConfig;
import org.learnpath.recommender.config.ReportsConfig;
import org.learnpath.recommender.model.Assignment;
import org.learnpath.recommender.model.AssignmentCaller;
import org.learnpath.recommender.model.AssignmentLearner;
import org.learnpath.recommender.model.TeamMember;
import org.learnpath.recommender.repository.AssignmentRepository;
import org.learnpath.recommender.repository.MasteryRepository;
import org.learnpath.rest.ProblemException;
import org.learnpath.rest.Slice;

/**
 * The skill-gap heatmap's data: for a group of learners and a goal, how many learners stand in each band on each of
 * the goal's skills (those of its modules and of everything they require). The group is an assignment's learners, or
 * a team's members now.
 */
@ApplicationScoped
public class SkillGapReport {

    private final AssignmentRepository assignments;
    private final TeamService teams;
    private final MasteryRepository masteries;
    private final PlanningFactory planning;
    private final RecommenderConfig recommender;
    private final ReportsConfig config;

    public SkillGapReport(AssignmentRepository assignments, TeamService teams, MasteryRepository masteries,
            PlanningFactory planning, RecommenderConfig recommender, ReportsConfig config) {
        this.assignments = assignments;
        this.teams = teams;
        this.masteries = masteries;
        this.planning = planning;
        this.recommender = recommender;
        this.config = config;
    }

    /**
     * The assignment's learners on its goal (for a manager, those they manage now).
     *
     * @throws ProblemException 404 unless the caller may see the assignment; 409 when its goal is no longer in the
     *                          catalog
     */
    public SkillGapPage ofAssignment(AssignmentCaller caller, UUID id, int page, int size) {
        Assignment assignment = assignments.find(caller, id)
                .orElseThrow(() -> ProblemException.notFound("Assignment", id.toString()));
        Planning plans = planning.current();
        if (!plans.catalog().hasGoalFor(assignment.goalSlug(), assignment.organization())) {
            throw ProblemException.conflict("The goal '" + assignment.goalSlug() + "' is no longer in the catalog.");
        }
        List<String> learners = AssignmentProgressReport.visibleLearners(assignments, caller, assignment).stream()
                .map(AssignmentLearner::learnerId).toList();
        return compute(plans, assignment.goalSlug(), learners, page, size);
    }

    /**
     * The team's members now on a goal of the catalog for the organization.
     *
     * @throws ProblemException 404 for a team not in the organization, or for a manager one they do not manage; 400
     *                          for a goal not in the catalog for the organization
     */
    public SkillGapPage ofTeam(AssignmentCaller caller, UUID teamId, String goalSlug, int page, int size) {
        List<String> members = teams.get(caller.organization(), caller.admin() ? null : caller.id(), teamId)
                .members().stream().map(TeamMember::learnerId).toList();
        Planning plans = planning.current();
        if (!plans.catalog().hasGoalFor(goalSlug, caller.organization())) {
            throw ProblemException.invalid("goal", "no goal '" + goalSlug + "' in the catalog");
        }
        return compute(plans, goalSlug, members, page, size);
    }

    private SkillGapPage compute(Planning plans, String goalSlug, List<String> learners, int page, int size) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        List<String> skills = List.copyOf(MasteryForecast.goalSkills(plans.catalog().graph(), goalSlug));
        ModelConfig model = plans.model();
        double threshold = recommender.masteryThreshold();
        double developingFrom = Math.min(config.developingFrom(), threshold);

        Map<String, Map<String, SkillMastery>> states = new HashMap<>();
        if (!learners.isEmpty()) {
            masteries.load(learners).forEach((learner, list) -> {
                Map<String, SkillMastery> bySkill = new HashMap<>();
                list.forEach(state -> bySkill.put(state.skillCode(), state));
                states.put(learner, bySkill);
            });
        }
        List<SkillGap> gaps = new ArrayList<>(skills.size());
        for (String skill : skills) {
            BktParameters parameters = model.parameters(skill);
            Map<MasteryBand, Integer> counts = new EnumMap<>(MasteryBand.class);
            for (MasteryBand band : MasteryBand.values()) {
                counts.put(band, 0);
            }
            double sum = 0;
            for (String learner : learners) {
                SkillMastery state = states.getOrDefault(learner, Map.of()).get(skill);
                if (state == null) {
                    counts.merge(MasteryBand.NOT_STARTED, 1, Integer::sum);
                    sum += parameters.prior();
                } else {
                    double mastery = state.masteryAt(now, parameters, model.forgetting());
                    counts.merge(MasteryBand.of(mastery, developingFrom, threshold), 1, Integer::sum);
                    sum += mastery;
                }
            }
            gaps.add(new SkillGap(skill, plans.catalog().skillName(skill), counts,
                    learners.isEmpty() ? 0 : sum / learners.size()));
        }
        int from = (int) Math.min((long) page * size, gaps.size());
        int to = (int) Math.min((long) from + size, gaps.size());
        return new SkillGapPage(goalSlug, plans.catalog().goalName(goalSlug).orElse(null), learners.size(), now,
                developingFrom, threshold, new Slice<>(gaps.subList(from, to), gaps.size()));
    }
}
