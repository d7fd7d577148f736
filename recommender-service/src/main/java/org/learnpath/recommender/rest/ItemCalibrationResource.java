package org.learnpath.recommender.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Date;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.learnpath.recommender.config.CalibrationConfig;
import org.learnpath.recommender.service.ItemCalibrationFlag;
import org.learnpath.recommender.service.ItemCalibrationPage;
import org.learnpath.recommender.service.ItemCalibrationReport;
import org.learnpath.recommender.service.ItemCalibrationRow;
import org.learnpath.rest.PageView;
import org.learnpath.rest.ProblemException;
import org.learnpath.rest.QueryParams;
import org.learnpath.rest.Roles;
import org.learnpath.rest.Slice;

/**
 * The item calibration report for authors. The item bank is shared by every organization, and so is this report: no
 * organization is needed, and it aggregates the answers of all of them without naming or describing any learner.
 */
@Path("/api/reports/item-calibration")
@Tag(name = "Reports")
@SecurityRequirement(name = "SecurityScheme")
@RolesAllowed({ Roles.AUTHOR, Roles.ADMIN })
public class ItemCalibrationResource {

    static final String FILE_NAME = "item-calibration.csv";
    private static final Pattern SKILL_CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final String SUMMARY = "Item calibration report: what the answers say about each item";
    private static final String DESCRIPTION = "Per item (across organizations, no learner data): first answers, share"
            + " correct, the author's and the learned (Elo) difficulty, a discrimination measure and flags. Flagged"
            + " items first (PROBABLY_MISKEYED, NEGATIVE_DISCRIMINATION, TOO_HARD, LOW_DISCRIMINATION, TOO_EASY), then"
            + " by answers; paginated from page 0; filter by skill code and flag. Items with fewer first answers than"
            + " the configured minimum get no flags and the note \"not enough answers\". Discrimination is the"
            + " point-biserial correlation between a correct first answer and the answering learner's mastery of the"
            + " item's skills now (the mastery at the time of the answer is not kept): the item's own answers moved"
            + " that mastery, which biases it towards positive, and learning since the answer biases it towards zero."
            + " The same rows as CSV (Accept: text/csv), as an attachment item-calibration.csv. The figures are"
            + " computed over all answers and kept for a few minutes (configured): Last-Modified says when.";

    private final ItemCalibrationReport report;
    private final CalibrationConfig config;

    public ItemCalibrationResource(ItemCalibrationReport report, CalibrationConfig config) {
        this.report = report;
        this.config = config;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = SUMMARY, description = DESCRIPTION)
    public RestResponse<PageView<ItemCalibrationView>> json(
            @Parameter(description = "Only items measuring this skill code") @QueryParam("skill") String skill,
            @Parameter(description = "Only items with this flag") @QueryParam("flag") String flag,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        Page result = page(skill, flag, page, size);
        return RestResponse.ResponseBuilder.ok(result.view()).lastModified(Date.from(result.computedAt())).build();
    }

    /**
     * The same page as CSV. Its lower quality (qs) makes JSON the answer to a client that accepts both equally, or
     * sends no Accept header: CSV only for a client that asks for it.
     */
    @GET
    @Produces("text/csv;qs=0.5")
    @Operation(summary = SUMMARY, description = DESCRIPTION)
    @APIResponse(responseCode = "200", description = "One page of items: JSON, or with Accept: text/csv the same rows"
            + " as CSV (RFC 4180, a header row, lists joined with spaces) in the attachment " + FILE_NAME
            + "; Last-Modified says when the figures were computed", content = @Content(mediaType = Csv.MEDIA_TYPE,
                    schema = @Schema(type = SchemaType.STRING)))
    public Response csv(@QueryParam("skill") String skill, @QueryParam("flag") String flag,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        Page result = page(skill, flag, page, size);
        return Response.fromResponse(Csv.attachment(FILE_NAME, Csv.table(ItemCalibrationView.COLUMNS,
                result.view().items()))).lastModified(Date.from(result.computedAt())).build();
    }

    private record Page(PageView<ItemCalibrationView> view, Instant computedAt) {
    }

    private Page page(String skillParam, String flag, String page, String size) {
        String skill = skillParam == null || skillParam.isBlank() ? null : skillParam;
        if (skill != null && (skill.length() > 64 || !SKILL_CODE.matcher(skill).matches())) {
            throw ProblemException.invalid("skill", "must be a skill code: lower-case words joined by '-'");
        }
        int p = QueryParams.page(page);
        int s = QueryParams.size(size, config.paging().defaultSize(), config.paging().maxSize());
        ItemCalibrationPage result = report.page(skill, QueryParams.enumValue("flag", flag,
                ItemCalibrationFlag.class), p, s);
        Slice<ItemCalibrationRow> slice = result.rows();
        return new Page(new PageView<>(slice.items().stream().map(ItemCalibrationView::of).toList(), p, s,
                slice.total()), result.computedAt());
    }
}
