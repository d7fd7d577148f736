package org.learnpath.portal.rest.author;

import java.util.List;
import org.learnpath.portal.model.ItemDetails;
import org.learnpath.portal.model.ItemStatus;
import org.learnpath.portal.model.ItemType;
import org.learnpath.portal.service.author.FieldErrors;
import org.learnpath.portal.service.author.ItemChecks;
import org.learnpath.portal.service.author.ItemForm;
import org.learnpath.portal.service.author.ItemStats;
import org.learnpath.portal.service.author.Option;

/**
 * What the item page shows: for an existing item its preview, answer key, status, actions, statistics and the item
 * linter's warnings ({@code checks}: next to their fields and in a list); the form (new, or edit while the item is
 * not retired) with its errors.
 */
public record ItemView(ItemDetails item, String etag, String answer, ItemStats stats, ItemForm form,
        FieldErrors errors, String formError, String reload, String notice, List<Option> types, ItemChecks checks) {

    public ItemView {
        checks = checks == null ? ItemChecks.none() : checks;
    }

    public boolean creating() {
        return item == null;
    }

    public String heading() {
        if (creating()) {
            return "New item";
        }
        String stem = item.stem() == null ? "" : item.stem().strip();
        return "Item: " + (stem.length() <= 60 ? stem : stem.substring(0, 59) + "…");
    }

    public String action() {
        return creating() ? "/author/items" : "/author/items/" + item.id();
    }

    /** The service publishes drafts (and accepts publishing a published item, which changes nothing). */
    public boolean canPublish() {
        return item != null && item.status() == ItemStatus.DRAFT;
    }

    public boolean canRetire() {
        return item != null && item.status() != ItemStatus.RETIRED;
    }

    /** The service refuses edits of retired items only. */
    public boolean editable() {
        return item == null || item.status() != ItemStatus.RETIRED;
    }

    public boolean choiceItem() {
        return item != null && item.type() != null && item.type().hasChoices();
    }

    /** How a learner answers an item without choices, in words. */
    public String answerPrompt() {
        if (item == null || item.type() == null) {
            return "";
        }
        return item.type() == ItemType.NUMERIC ? "Learners type a number."
                : item.type() == ItemType.SHORT_TEXT ? "Learners type a short answer." : "";
    }
}
