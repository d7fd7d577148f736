package org.learnpath.portal.service.manage;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestResponse;
import org.learnpath.portal.model.ApiProblem;
import org.learnpath.portal.model.AssignmentDetails;
import org.learnpath.portal.model.AssignmentPage;
import org.learnpath.portal.model.AssignmentWrite;
import org.learnpath.portal.model.LearnerGoalOption;
import org.learnpath.portal.model.ProgressStatus;
import org.learnpath.portal.model.ReportFile;
import org.learnpath.portal.repository.AssignmentClient;
import org.learnpath.portal.repository.GoalClient;
import org.learnpath.portal.service.author.FieldErrors;
import org.learnpath.portal.service.author.Refusal;
import org.learnpath.portal.service.author.Refusals;
import org.learnpath.portal.service.author.Remote;
import org.learnpath.portal.service.author.Submission;

/**
 * Assignments for managers and admins: assign a goal to a team, list, withdraw, and read an assignment's two reports
 * (team progress and skill gaps) as pages and as files. Every call carries the user's own token: the recommender
 * decides what a manager may see (their teams' assignments and their own), and answers any other id as unknown.
 */
@ApplicationScoped
public class AssignmentManagement {

    /** Assignments per page of the list. */
    public static final int PAGE_SIZE = 20;
    /** Learners per page of the progress report (the recommender's own default). */
    public static final int PROGRESS_PAGE_SIZE = 50;
    /** Skills per page of the heatmap: a goal's skills fit on one page but for the largest goals. */
    public static final int SKILLS_PAGE_SIZE = 100;
    /**
     * Rows per downloaded file: the recommender's largest page, so that a download holds the whole report of any team
     * but the largest (whose files then come in pages of this size).
     */
    public static final int EXPORT_PAGE_SIZE = 1000;

    static final String PROGRESS_FILE = "assignment-progress";
    static final String SKILL_GAPS_FILE = "skill-gaps";

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Set<String> FIELDS = Set.of(AssignForm.FIELDS);

    private final AssignmentClient assignments;
    private final GoalClient goals;

    public AssignmentManagement(@RestClient AssignmentClient assignments, @RestClient GoalClient goals) {
        this.assignments = assignments;
        this.goals = goals;
    }

    /** The catalog's goals the user may assign (the catalog shows each organization its own and the shared ones). */
    public List<LearnerGoalOption> goals() {
        return Remote.call("catalog", goals::goals).stream()
                .sorted(Comparator.comparing(o -> o.name() == null ? o.slug() : o.name(),
                        String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** Assigns the form's goal to the team; the saved key is the new assignment's id. */
    public Submission<UUID> assign(String teamId, AssignForm form) {
        UUID team = UUID.fromString(Ids.uuid(teamId, "team"));
        FieldErrors errors = FieldErrors.none();
        if (form.goal().isEmpty()) {
            errors.add("goal", "Choose a goal.");
        } else if (form.goal().length() > 80 || !SLUG.matcher(form.goal()).matches()) {
            errors.add("goal", "Choose one of the goals in the list.");
        }
        LocalDate due = null;
        if (!form.dueDate().isEmpty()) {
            try {
                due = LocalDate.parse(form.dueDate());
            } catch (DateTimeParseException notADate) {
                errors.add("dueDate", "Write the date as YYYY-MM-DD, such as 2027-01-31, or leave it empty.");
            }
        }
        if (!errors.isEmpty()) {
            return Submission.refused(Refusal.invalid(errors));
        }
        AssignmentWrite write = new AssignmentWrite(form.goal(), team, null, due);
        try {
            return Submission.saved(Remote.call(TeamManagement.SERVICE, () -> assignments.create(write)).id());
        } catch (ApiProblem problem) {
            return Submission.refused(Refusals.of(problem, "assignment", FIELDS, Map.of()));
        }
    }

    public AssignmentPage list(int page) {
        return Remote.call(TeamManagement.SERVICE, () -> assignments.list(page, PAGE_SIZE));
    }

    public AssignmentDetails load(String id) {
        String assignment = Ids.uuid(id, "assignment");
        return Remote.call(TeamManagement.SERVICE, () -> assignments.assignment(assignment));
    }

    public void withdraw(String id) {
        String assignment = Ids.uuid(id, "assignment");
        Remote.run(TeamManagement.SERVICE, () -> assignments.withdraw(assignment));
    }

    /**
     * The assignment with its reports: a page of its learners' progress ({@code filter} null for all) and a page of
     * its skills' gaps. The assignment itself must load (else the page is an error page); a report that cannot is
     * shown as a sentence in its place, unless the user may not see it at all (403, the forbidden page).
     */
    public AssignmentReport report(String id, ProgressStatus filter, int page, int skillsPage) {
        AssignmentDetails assignment = load(id);
        String key = assignment.id().toString();
        Section<ProgressReport> progress = section("team progress report", () -> ProgressReport.of(
                assignments.progress(key, filter == null ? null : filter.name(), page, PROGRESS_PAGE_SIZE), filter));
        Section<Heatmap> heatmap = section("skill gaps", () -> Heatmap.of(
                assignments.skillGaps(key, skillsPage, SKILLS_PAGE_SIZE)));
        return AssignmentReport.of(assignment, progress, heatmap);
    }

    /** A page of {@value #EXPORT_PAGE_SIZE} learners of the progress report (the whole report for most teams), as a file. */
    public ReportFile progressFile(String id, ProgressStatus filter, int page, ExportFormat format) {
        String assignment = Ids.uuid(id, "assignment");
        String status = filter == null ? null : filter.name();
        return file(PROGRESS_FILE, format, () -> format == ExportFormat.CSV
                ? assignments.progressCsv(assignment, status, page, EXPORT_PAGE_SIZE)
                : assignments.progressJson(assignment, status, page, EXPORT_PAGE_SIZE));
    }

    /** A page of {@value #EXPORT_PAGE_SIZE} skills of the skill gaps (every skill of any goal), as a file. */
    public ReportFile skillGapsFile(String id, int page, ExportFormat format) {
        String assignment = Ids.uuid(id, "assignment");
        return file(SKILL_GAPS_FILE, format, () -> format == ExportFormat.CSV
                ? assignments.skillGapsCsv(assignment, page, EXPORT_PAGE_SIZE)
                : assignments.skillGapsJson(assignment, page, EXPORT_PAGE_SIZE));
    }

    /**
     * The service's bytes under a file name of the portal's choosing; only a media type of the asked format is
     * passed on, so that a download is never served as something a browser would render.
     */
    private static ReportFile file(String name, ExportFormat format, Supplier<RestResponse<byte[]>> call) {
        RestResponse<byte[]> response = Remote.call(TeamManagement.SERVICE, call);
        String type = response.getHeaderString("Content-Type");
        String expected = format == ExportFormat.CSV ? "text/csv" : "application/json";
        boolean fits = type != null && type.toLowerCase(Locale.ROOT).startsWith(expected) && type.indexOf('\n') < 0
                && type.indexOf('\r') < 0;
        return new ReportFile(response.getEntity(), fits ? type : format.fallbackType(),
                name + "." + format.extension());
    }

    private static <T> Section<T> section(String what, Supplier<T> call) {
        try {
            return Section.of(Remote.call(TeamManagement.SERVICE, call));
        } catch (ApiProblem problem) {
            if (problem.status() == 403 || problem.status() == 401) {
                throw problem;
            }
            String why = problem.detail() == null || problem.detail().isBlank() ? problem.title()
                    : problem.title() + ": " + problem.detail();
            return Section.failed("The " + what + " could not be shown (" + why + ").");
        }
    }
}
