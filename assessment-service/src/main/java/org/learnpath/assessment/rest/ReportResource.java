package org.learnpath.assessment.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.learnpath.assessment.model.ItemReport;
import org.learnpath.assessment.model.SkillReport;
import org.learnpath.assessment.service.ReportService;
import org.learnpath.rest.QueryParams;
import org.learnpath.rest.Roles;

/** Aggregates over all learners for authors and admins: how items and skills perform, no individual answers. */
@Path("/api/reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports")
@SecurityRequirement(name = "SecurityScheme")
@RolesAllowed({ Roles.AUTHOR, Roles.ADMIN })
public class ReportResource {

    private final ReportService reports;

    public ReportResource(ReportService reports) {
        this.reports = reports;
    }

    @GET
    @Path("items/{id}")
    @Operation(summary = "How an item performs", description = "Attempts, learners, share correct, mean score and response time.")
    public ItemReport item(@PathParam("id") String id) {
        return reports.item(QueryParams.uuid("id", id));
    }

    @GET
    @Path("skills")
    @Operation(summary = "How each skill's items perform")
    public List<SkillReport> skills() {
        return reports.skills();
    }
}
