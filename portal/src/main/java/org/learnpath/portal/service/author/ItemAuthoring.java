package org.learnpath.portal.service.author;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import org.learnpath.portal.model.ApiProblem;
import org.learnpath.portal.model.ItemDetails;
import org.learnpath.portal.model.ItemLearnedDifficulty;
import org.learnpath.portal.model.ItemPage;
import org.learnpath.portal.model.ItemReport;
import org.learnpath.portal.model.ItemStatus;
import org.learnpath.portal.model.ItemWrite;
import org.learnpath.portal.repository.ItemClient;
import org.learnpath.portal.repository.ModelClient;
import org.learnpath.portal.repository.ReportClient;

/** Authors' work on the item bank: search, read with version, create, edit, publish, retire, and how items perform. */
@ApplicationScoped
public class ItemAuthoring {

    static final String SERVICE = "assessment";
    static final int PAGE_SIZE = 20;
    private static final Logger LOG = Logger.getLogger(ItemAuthoring.class);
    private static final Set<String> FIELDS = Set.of(ItemForm.FIELDS);
    // The service's answer-key and choice fields as ProblemResponses names them (last path segment), to the form's.
    private static final Map<String, String> ALIASES = Map.of("choice", "correctChoice", "key", "choices", "text",
            "choices");

    private final ItemClient items;
    private final ReportClient reports;
    private final ModelClient model;

    public ItemAuthoring(@RestClient ItemClient items, @RestClient ReportClient reports,
            @RestClient ModelClient model) {
        this.items = items;
        this.reports = reports;
        this.model = model;
    }

    /** Items by skill and status; a status that is none of the service's is ignored (an edited address). */
    public ItemPage search(String skill, String status, int page) {
        String s = skill == null || skill.isBlank() ? null : skill.strip();
        if (s != null && s.length() > 64) {
            s = s.substring(0, 64);
        }
        String st = FormText.choice(status, ItemStatus.class).map(Enum::name).orElse(null);
        String code = s;
        return Remote.call(SERVICE, () -> items.search(code, st, Math.max(0, page), PAGE_SIZE));
    }

    public Tagged<ItemDetails> load(String id) {
        String uuid = uuid(id);
        return Remote.tagged(SERVICE, () -> items.item(uuid), ItemDetails::version);
    }

    /** How the item performs; a service that cannot tell now leaves a note instead of failing the page. */
    public ItemStats stats(String id) {
        String uuid = uuid(id);
        ItemReport report = null;
        String reportNote = null;
        try {
            report = Remote.call(SERVICE, () -> reports.item(uuid));
        } catch (ApiProblem problem) {
            LOG.debugf("No report for item %s: %s", uuid, problem.getMessage());
            reportNote = "not available right now";
        }
        ItemLearnedDifficulty learned = null;
        String learnedNote = null;
        try {
            learned = Remote.call("recommender", () -> model.itemDifficulty(uuid));
        } catch (ApiProblem problem) {
            learnedNote = problem.status() == 404 ? "not learned yet" : "not available right now";
        }
        return new ItemStats(report, reportNote, learned, learnedNote);
    }

    public Submission<UUID> create(ItemForm form) {
        Parsed<ItemWrite> parsed = ItemForms.parse(form);
        if (!parsed.ok()) {
            return Submission.refused(Refusal.invalid(parsed.errors()));
        }
        try {
            ItemDetails created = Remote.call(SERVICE, () -> items.create(parsed.value())).getEntity();
            return Submission.saved(created.id());
        } catch (ApiProblem problem) {
            return Submission.refused(refusal(problem));
        }
    }

    public Submission<UUID> update(String id, ItemForm form) {
        String uuid = uuid(id);
        Parsed<ItemWrite> parsed = ItemForms.parse(form);
        if (!parsed.ok()) {
            return Submission.refused(Refusal.invalid(parsed.errors()));
        }
        if (form.etag().isBlank()) {
            return Submission.refused(Refusals.noVersion());
        }
        try {
            Remote.call(SERVICE, () -> items.update(uuid, form.etag(), parsed.value()));
            return Submission.saved(UUID.fromString(uuid));
        } catch (ApiProblem problem) {
            return Submission.refused(refusal(problem));
        }
    }

    /**
     * A refused write as the form shows it. An item the linter found broken comes back with the findings' full paths
     * (its field errors keep only the last name, which cannot tell answer.choices from choices): those place it.
     */
    private static Refusal refusal(ApiProblem problem) {
        if (problem.status() == 400 && !problem.lint().isEmpty()) {
            return ItemChecks.refusal(400, problem.lint());
        }
        return Refusals.of(problem, "item", FIELDS, ALIASES);
    }

    public Submission<UUID> publish(String id, String etag) {
        String uuid = uuid(id);
        return transition(uuid, () -> items.publish(uuid, blankToNull(FormText.version(etag))));
    }

    public Submission<UUID> retire(String id, String etag) {
        String uuid = uuid(id);
        return transition(uuid, () -> items.retire(uuid, blankToNull(FormText.version(etag))));
    }

    private Submission<UUID> transition(String uuid, Runnable call) {
        try {
            Remote.run(SERVICE, call);
            return Submission.saved(UUID.fromString(uuid));
        } catch (ApiProblem problem) {
            return Submission.refused(Refusals.of(problem, "item", Set.of(), Map.of()));
        }
    }

    /** An item id from an address; anything but a UUID names no item. */
    static String uuid(String id) {
        try {
            return UUID.fromString(id == null ? "" : id.strip()).toString();
        } catch (IllegalArgumentException e) {
            throw new ApiProblem(404, "Not found", "There is no item with this id.", null, null);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
