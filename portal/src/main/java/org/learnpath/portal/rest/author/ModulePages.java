package org.learnpath.portal.rest.author;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import org.learnpath.portal.model.GoalDetails;
import org.learnpath.portal.model.ModuleDetails;
import org.learnpath.portal.model.ModulePage;
import org.learnpath.portal.service.author.FieldErrors;
import org.learnpath.portal.service.author.FormText;
import org.learnpath.portal.service.author.ModuleAuthoring;
import org.learnpath.portal.service.author.ModuleForm;
import org.learnpath.portal.service.author.ModuleForms;
import org.learnpath.portal.service.author.Option;
import org.learnpath.portal.service.author.Refusal;
import org.learnpath.portal.service.author.Submission;
import org.learnpath.portal.service.author.Tagged;

/** The curriculum's modules for authors: search, create, edit (with the version opened), delete (admins). */
@Path("/author/modules")
@RolesAllowed({ "author", "admin" })
@Produces(MediaType.TEXT_HTML)
public class ModulePages {

    @CheckedTemplate(basePath = "author")
    static class Templates {
        static native TemplateInstance modules(ModulePage page, String q, List<Option> areas, List<Option> levels,
                String skill, Paging paging, String notice);

        static native TemplateInstance module(ModuleView view);
    }

    private final ModuleAuthoring modules;

    public ModulePages(ModuleAuthoring modules) {
        this.modules = modules;
    }

    @GET
    public TemplateInstance list(@QueryParam("q") String q, @QueryParam("area") String area,
            @QueryParam("level") String level, @QueryParam("skill") String skill, @QueryParam("page") String page,
            @QueryParam("deleted") String deleted) {
        String teaching = FormText.key(skill).orElse(null);
        ModulePage result = modules.search(q, area, level, teaching, Pages.pageNumber(page));
        Paging paging = Paging.of("/author/modules",
                Paging.filters("q", q, "area", area, "level", level, "skill", teaching), result.page(),
                result.size(), result.total());
        // Only a slug is named back: the notice is not a place for whatever text an address carries.
        String notice = deleted != null && deleted.strip().matches("^[a-z0-9]+(-[a-z0-9]+)*$")
                ? "Module " + deleted.strip() + " deleted." : null;
        return Templates.modules(result, q == null ? "" : q, ModuleForms.areaOptions(area),
                ModuleForms.levelOptions(level), teaching, paging, notice);
    }

    @GET
    @Path("new")
    public TemplateInstance create() {
        return Templates.module(view(true, null, ModuleForm.empty(), null, List.of(), null, null));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> body) {
        ModuleForm form = ModuleForm.read(name -> Pages.first(body, name));
        Submission<String> outcome = modules.create(form);
        if (outcome.ok()) {
            return Pages.seeOther(saved(outcome.saved()));
        }
        return Pages.html(outcome.refusal().status(),
                Templates.module(view(true, null, form, outcome.refusal(), List.of(), null, null)));
    }

    @GET
    @Path("{slug}")
    public TemplateInstance edit(@PathParam("slug") String slug, @QueryParam("saved") String saved) {
        Tagged<ModuleDetails> module = modules.load(slug);
        List<GoalDetails> goals = modules.goalsContaining(slug);
        return Templates.module(view(false, module.value().slug(), ModuleForms.toForm(module.value(), module.etag()),
                null, goals, saved == null ? null : "Saved", null));
    }

    @POST
    @Path("{slug}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("slug") String slug, MultivaluedMap<String, String> body) {
        ModuleForm form = ModuleForm.read(name -> Pages.first(body, name));
        Submission<String> outcome = modules.update(slug, form);
        if (outcome.ok()) {
            return Pages.seeOther(saved(slug));
        }
        // The module itself is read again for its goals only: the form shows what the author typed.
        List<GoalDetails> goals = goalsOrNone(slug);
        return Pages.html(outcome.refusal().status(),
                Templates.module(view(false, slug, form, outcome.refusal(), goals, null, null)));
    }

    @POST
    @Path("{slug}/delete")
    @RolesAllowed("admin")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@PathParam("slug") String slug, MultivaluedMap<String, String> body) {
        boolean confirmed = "yes".equals(Pages.first(body, "confirm"));
        Submission<String> outcome = modules.delete(slug, confirmed);
        if (outcome.ok()) {
            return Pages.seeOther(UriBuilder.fromPath("/author/modules").queryParam("deleted", slug).build());
        }
        Tagged<ModuleDetails> module = modules.load(slug);
        return Pages.html(outcome.refusal().status(), Templates.module(view(false, slug,
                ModuleForms.toForm(module.value(), module.etag()), null, goalsOrNone(slug), null,
                outcome.refusal())));
    }

    private List<GoalDetails> goalsOrNone(String slug) {
        try {
            return modules.goalsContaining(slug);
        } catch (RuntimeException unavailable) {
            return List.of();
        }
    }

    private static java.net.URI saved(String slug) {
        return UriBuilder.fromPath("/author/modules/{slug}").queryParam("saved", "1").build(slug);
    }

    private static ModuleView view(boolean creating, String slug, ModuleForm form, Refusal refusal,
            List<GoalDetails> goals, String notice, Refusal deleteRefusal) {
        FieldErrors errors = refusal == null ? FieldErrors.none() : refusal.errors();
        String heading = creating ? "New module" : "Module " + slug;
        return new ModuleView(creating, slug, heading, form, errors, refusal == null ? null : refusal.formError(),
                refusal == null ? null : refusal.reload(), notice, goals, ModuleForms.areaOptions(form.area()),
                ModuleForms.levelOptions(form.level()), ModuleForms.kinds(),
                deleteRefusal == null ? FieldErrors.none() : deleteRefusal.errors(),
                deleteRefusal == null ? null : deleteRefusal.formError());
    }
}
