package org.learnpath.portal.rest.manage;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import org.learnpath.portal.model.AssignmentPage;
import org.learnpath.portal.model.ProgressStatus;
import org.learnpath.portal.model.ReportFile;
import org.learnpath.portal.rest.author.Pages;
import org.learnpath.portal.rest.author.Paging;
import org.learnpath.portal.service.manage.AssignmentManagement;
import org.learnpath.portal.service.manage.AssignmentReport;
import org.learnpath.portal.service.manage.ExportFormat;

/**
 * Assignments for managers and admins: the list, each assignment's page (its team progress report and its skill-gap
 * heatmap, with their downloads) and withdrawing one after a confirmation. The downloads are served here rather than
 * through the scripts' proxy: a plain link can neither send the proxy's script header nor name the file, and a
 * download needs no script at all.
 */
@Path("/manage/assignments")
@RolesAllowed({ "manager", "admin" })
@Produces(MediaType.TEXT_HTML)
public class AssignmentPages {

    @CheckedTemplate(basePath = "manage", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance assignments(List<AssignmentRow> rows, AssignmentPage page, Paging paging,
                String notice);

        static native TemplateInstance assignment(ReportView view);

        static native TemplateInstance withdraw(AssignmentRow assignment);
    }

    private final AssignmentManagement assignments;

    public AssignmentPages(AssignmentManagement assignments) {
        this.assignments = assignments;
    }

    @GET
    public TemplateInstance list(@QueryParam("page") String page, @QueryParam("withdrawn") String withdrawn) {
        AssignmentPage result = assignments.list(Pages.pageNumber(page));
        Paging paging = Paging.of("/manage/assignments", Paging.filters(), result.page(), result.size(),
                result.total());
        return Templates.assignments(result.items().stream().map(AssignmentRow::of).toList(), result, paging,
                withdrawn != null ? "The assignment was withdrawn." : null);
    }

    @GET
    @Path("{id}")
    public TemplateInstance show(@PathParam("id") String id, @QueryParam("status") String status,
            @QueryParam("page") String page, @QueryParam("skillsPage") String skillsPage,
            @QueryParam("assigned") String assigned) {
        // A status the report does not know shows every learner, as "all" does.
        ProgressStatus filter = ProgressStatus.of(status).orElse(null);
        int learnersPage = Pages.pageNumber(page);
        int skills = Pages.pageNumber(skillsPage);
        AssignmentReport report = assignments.report(id, filter, learnersPage, skills);
        String key = report.assignment().id().toString();
        String path = "/manage/assignments/" + key;
        String statusName = filter == null ? "" : filter.name();
        String learnersAt = learnersPage == 0 ? null : Integer.toString(learnersPage);
        String skillsAt = skills == 0 ? null : Integer.toString(skills);
        Paging learners = report.progress() != null
                ? Paging.of(path, Paging.filters("status", statusName, "skillsPage", skillsAt), "page",
                        report.progress().source().page(), report.progress().source().size(),
                        report.progress().source().total())
                : Paging.of(path, Paging.filters(), 0, 1, 0);
        Paging skillPages = report.heatmap() != null
                ? Paging.of(path, Paging.filters("status", statusName, "page", learnersAt), "skillsPage",
                        report.heatmap().source().page(), report.heatmap().source().size(),
                        report.heatmap().source().total())
                : Paging.of(path, Paging.filters(), 0, 1, 0);
        ReportView.Exports exports = new ReportView.Exports(
                file(path + "/progress.csv", "status", statusName), file(path + "/progress.json", "status", statusName),
                file(path + "/skill-gaps.csv"), file(path + "/skill-gaps.json"),
                report.progress() != null
                        && report.progress().source().total() > AssignmentManagement.EXPORT_PAGE_SIZE,
                report.heatmap() != null
                        && report.heatmap().source().total() > AssignmentManagement.EXPORT_PAGE_SIZE);
        return Templates.assignment(new ReportView(AssignmentRow.of(report.assignment()), report, statusName,
                learners, skillPages, skills, exports, assigned != null ? "The goal is assigned." : null));
    }

    @GET
    @Path("{id}/withdraw")
    public TemplateInstance confirmWithdraw(@PathParam("id") String id) {
        return Templates.withdraw(AssignmentRow.of(assignments.load(id)));
    }

    @POST
    @Path("{id}/withdraw")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response withdraw(@PathParam("id") String id) {
        assignments.withdraw(id);
        return Pages.seeOther(UriBuilder.fromPath("/manage/assignments").queryParam("withdrawn", "1").build());
    }

    @GET
    @Path("{id}/progress.{format}")
    @Produces(MediaType.WILDCARD)
    public Response progressFile(@PathParam("id") String id, @PathParam("format") String format,
            @QueryParam("status") String status, @QueryParam("page") String page) {
        return download(assignments.progressFile(id, ProgressStatus.of(status).orElse(null), Pages.pageNumber(page),
                format(format)));
    }

    @GET
    @Path("{id}/skill-gaps.{format}")
    @Produces(MediaType.WILDCARD)
    public Response skillGapsFile(@PathParam("id") String id, @PathParam("format") String format,
            @QueryParam("page") String page) {
        return download(assignments.skillGapsFile(id, Pages.pageNumber(page), format(format)));
    }

    private static ExportFormat format(String extension) {
        return ExportFormat.of(extension).orElseThrow(NotFoundException::new);
    }

    /** The file as an attachment: the browser saves it under the report's name instead of showing it. */
    private static Response download(ReportFile file) {
        return Response.ok(file.body()).type(file.contentType())
                .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"").build();
    }

    /** A download link: the report's path with the query values given (null and blank ones left out). */
    private static String file(String path, String... namesAndValues) {
        UriBuilder link = UriBuilder.fromPath(path);
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null && !namesAndValues[i + 1].isBlank()) {
                link.queryParam(namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return link.build().toString();
    }
}
