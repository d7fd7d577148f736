package org.learnpath.assessment.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.learnpath.assessment.config.AssessmentConfig;
import org.learnpath.assessment.model.ItemStatus;
import org.learnpath.assessment.service.lint.BankFigures;
import org.learnpath.assessment.service.lint.BankReport;
import org.learnpath.assessment.service.lint.LintReports;
import org.learnpath.rest.PageView;
import org.learnpath.rest.ProblemException;
import org.learnpath.rest.QueryParams;
import org.learnpath.rest.Roles;

/**
 * The item linter's reports for authors: how a skill's items, and the whole bank, fare against the rules that keep
 * a bank free of answer cues (the key being the longest option, absolute words in wrong options, the same number of
 * correct options, near-duplicate items, short answers that refuse equivalent forms).
 */
@Path("/api/reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports")
@SecurityRequirement(name = "SecurityScheme")
@RolesAllowed({ Roles.AUTHOR, Roles.ADMIN })
public class LintReportResource {

    private static final Pattern SKILL_CODE = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");

    private final LintReports reports;
    private final AssessmentConfig config;

    public LintReportResource(LintReports reports, AssessmentConfig config) {
        this.reports = reports;
        this.config = config;
    }

    @GET
    @Path("lint")
    @Operation(summary = "The item linter over the whole bank", description = "Overall figures and verdicts of the"
            + " bank rules, and each skill's (paginated from page 0, by skill code), with near-duplicate pairs counted;"
            + " a skill's report lists them. Items in the given status, by default drafts and published items.")
    public BankLintView bank(@QueryParam("status") String status, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        int p = QueryParams.page(page);
        int s = QueryParams.size(size, config.paging().defaultSize(), config.paging().maxSize());
        BankReport report = reports.bank(QueryParams.enumValue("status", status, ItemStatus.class));
        List<BankFigures> skills = report.skills();
        long failing = skills.stream().filter(f -> !f.passes()).count();
        return new BankLintView(report.passes(), report.overall().summary(), failing,
                new PageView<>(page(skills, p, s).stream().map(BankFigures::summary).toList(), p, s, skills.size()));
    }

    @GET
    @Path("skills/{code}/lint")
    @Operation(summary = "The item linter over a skill's items", description = "Counts per type, difficulty band and"
            + " status; the bank rules' figures and verdicts for the skill (near-duplicates looked for in the whole"
            + " bank); and each item's findings, the most flagged first (paginated from page 0). 404 for a skill"
            + " that has no items and is not in the catalog.")
    public SkillLintView skill(@PathParam("code") String code, @QueryParam("status") String status,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        if (code == null || code.length() > 64 || !SKILL_CODE.matcher(code).matches()) {
            throw ProblemException.invalid("code", "must be a skill code: lower-case words joined by '-'");
        }
        int p = QueryParams.page(page);
        int s = QueryParams.size(size, config.paging().defaultSize(), config.paging().maxSize());
        LintReports.SkillLint lint = reports.skill(code, QueryParams.enumValue("status", status, ItemStatus.class));
        return new SkillLintView(lint.skill(), lint.figures().passes(), lint.byStatus(), lint.figures(),
                new PageView<>(page(lint.items(), p, s), p, s, lint.items().size()));
    }

    private static <T> List<T> page(List<T> all, int page, int size) {
        long from = (long) page * size;
        if (from >= all.size()) {
            return List.of();
        }
        return all.subList((int) from, (int) Math.min(all.size(), from + size));
    }

    /**
     * The whole bank.
     *
     * @param passes whether every judged rule passes overall and in every skill
     * @param failingSkills skills where at least one judged rule fails
     */
    public record BankLintView(boolean passes, BankFigures overall, long failingSkills,
            PageView<BankFigures> skills) {
    }

    /** One skill: its figures, and its items with their findings. */
    public record SkillLintView(String skill, boolean passes, Map<String, Integer> byStatus, BankFigures figures,
            PageView<LintReports.ItemLint> items) {
    }
}
