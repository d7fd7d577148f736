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
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.learnpath.portal.model.ItemDetails;
import org.learnpath.portal.model.ItemPage;
import org.learnpath.portal.model.ItemStatus;
import org.learnpath.portal.service.author.FieldErrors;
import org.learnpath.portal.service.author.ItemAuthoring;
import org.learnpath.portal.service.author.ItemChecks;
import org.learnpath.portal.service.author.ItemForm;
import org.learnpath.portal.service.author.ItemForms;
import org.learnpath.portal.service.author.Option;
import org.learnpath.portal.service.author.Refusal;
import org.learnpath.portal.service.author.Submission;
import org.learnpath.portal.service.author.Tagged;

/** The item bank for authors: list, create, read with statistics, edit, publish and retire. */
@Path("/author/items")
@RolesAllowed({ "author", "admin" })
@Produces(MediaType.TEXT_HTML)
public class ItemPages {

    @CheckedTemplate(basePath = "author")
    static class Templates {
        static native TemplateInstance items(ItemPage page, String skill, List<Option> statuses, Paging paging);

        static native TemplateInstance item(ItemView view);
    }

    private final ItemAuthoring items;

    public ItemPages(ItemAuthoring items) {
        this.items = items;
    }

    @GET
    public TemplateInstance list(@QueryParam("skill") String skill, @QueryParam("status") String status,
            @QueryParam("page") String page) {
        ItemPage result = items.search(skill, status, Pages.pageNumber(page));
        Paging paging = Paging.of("/author/items", Paging.filters("skill", skill, "status", status), result.page(),
                result.size(), result.total());
        List<Option> statuses = Arrays.stream(ItemStatus.values())
                .map(s -> new Option(s.name(), s.name().charAt(0) + s.name().substring(1).toLowerCase(),
                        s.name().equalsIgnoreCase(status == null ? "" : status.strip())))
                .toList();
        return Templates.items(result, skill == null ? "" : skill, statuses, paging);
    }

    @GET
    @Path("new")
    public TemplateInstance create() {
        return Templates.item(newItem(ItemForm.empty(), null));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> body) {
        ItemForm form = ItemForm.read(name -> Pages.first(body, name));
        Submission<UUID> outcome = items.create(form);
        if (outcome.ok()) {
            return Pages.seeOther(itemPage(outcome.saved().toString(), "saved"));
        }
        return Pages.html(outcome.refusal().status(), Templates.item(newItem(form, outcome.refusal())));
    }

    @GET
    @Path("{id}")
    public TemplateInstance show(@PathParam("id") String id, @QueryParam("saved") String saved,
            @QueryParam("published") String published, @QueryParam("retired") String retired) {
        Tagged<ItemDetails> item = items.load(id);
        int warnings = item.value().warnings().size();
        // Warnings never stop a save: the notice says the item was saved, and points at them.
        String notice = saved != null ? (warnings == 0 ? "Saved"
                : "Saved, with " + ItemChecks.from(item.value().warnings()).count()
                        + " from the item checks: see them below.") : published != null ? "Published: learners can now be asked this item."
                : retired != null ? "Retired: learners are no longer asked this item." : null;
        return Templates.item(existing(item, ItemForms.toForm(item.value(), item.etag()), null, notice));
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("id") String id, MultivaluedMap<String, String> body) {
        ItemForm form = ItemForm.read(name -> Pages.first(body, name));
        Submission<UUID> outcome = items.update(id, form);
        if (outcome.ok()) {
            return Pages.seeOther(itemPage(id, "saved"));
        }
        // The page shows the item as it is now, and the form as the author filled it in.
        return Pages.html(outcome.refusal().status(),
                Templates.item(existing(items.load(id), form, outcome.refusal(), null)));
    }

    @POST
    @Path("{id}/publish")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response publish(@PathParam("id") String id, MultivaluedMap<String, String> body) {
        return transitioned(id, items.publish(id, Pages.first(body, "etag")), "published");
    }

    @POST
    @Path("{id}/retire")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response retire(@PathParam("id") String id, MultivaluedMap<String, String> body) {
        return transitioned(id, items.retire(id, Pages.first(body, "etag")), "retired");
    }

    private Response transitioned(String id, Submission<UUID> outcome, String notice) {
        if (outcome.ok()) {
            return Pages.seeOther(itemPage(id, notice));
        }
        Tagged<ItemDetails> item = items.load(id);
        return Pages.html(outcome.refusal().status(),
                Templates.item(existing(item, ItemForms.toForm(item.value(), item.etag()), outcome.refusal(), null)));
    }

    private static URI itemPage(String id, String notice) {
        return UriBuilder.fromPath("/author/items/{id}").queryParam(notice, "1").build(id);
    }

    private static ItemView newItem(ItemForm form, Refusal refusal) {
        return new ItemView(null, null, null, null, form, errors(refusal), refusal == null ? null : refusal.formError(),
                refusal == null ? null : refusal.reload(), null, ItemForms.typeOptions(form.type()), ItemChecks.none());
    }

    private ItemView existing(Tagged<ItemDetails> item, ItemForm form, Refusal refusal, String notice) {
        return new ItemView(item.value(), item.etag(), ItemForms.answerInWords(item.value()),
                items.stats(item.value().id().toString()), form, errors(refusal),
                refusal == null ? null : refusal.formError(), refusal == null ? null : refusal.reload(), notice,
                ItemForms.typeOptions(form.type()), ItemChecks.from(item.value().warnings()));
    }

    private static FieldErrors errors(Refusal refusal) {
        return refusal == null ? FieldErrors.none() : refusal.errors();
    }
}
