package org.learnpath.assessment.service;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.learnpath.assessment.model.AnswerKey;
import org.learnpath.assessment.model.CatalogSkill;
import org.learnpath.assessment.model.Choice;
import org.learnpath.assessment.model.Item;
import org.learnpath.assessment.model.ItemStatus;
import org.learnpath.assessment.model.ItemType;
import org.learnpath.rest.IfMatch;
import org.learnpath.rest.Problem;
import org.learnpath.rest.ProblemException;
import org.learnpath.rest.Slice;

@ApplicationScoped
public class ItemService {

    private final ItemEvents events;
    private final ItemSnapshots snapshots;

    public ItemService(ItemEvents events, ItemSnapshots snapshots) {
        this.events = events;
        this.snapshots = snapshots;
    }

    public Item get(UUID id) {
        return Item.<Item>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Item", id.toString()));
    }

    /** An item a learner may see and answer. Drafts do not exist for learners. */
    public Item published(UUID id) {
        Item item = get(id);
        if (item.status == ItemStatus.DRAFT) {
            throw ProblemException.notFound("Item", id.toString());
        }
        return item;
    }

    public Slice<Item> search(String skill, ItemStatus status, int page, int size) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (skill != null && !skill.isBlank()) {
            where.append(" and :skill member of i.skillCodes");
            params.and("skill", skill.trim());
        }
        if (status != null) {
            where.append(" and i.status = :status");
            params.and("status", status);
        }
        var query = Item.<Item>find("from Item i where " + where + " order by i.createdAt, i.id", params);
        return new Slice<>(query.page(page, size).list(), query.count());
    }

    @Transactional
    public Item create(ItemDraft request, String author) {
        Item item = new Item();
        item.id = UUID.randomUUID();
        item.createdBy = author;
        apply(item, request);
        item.persist();
        Item.flush();
        events.changed(item, ItemStatus.DRAFT);
        return item;
    }

    @Transactional
    public Item update(UUID id, String ifMatch, ItemDraft request) {
        Item item = get(id);
        IfMatch.require(ifMatch, item.version);
        if (item.status == ItemStatus.RETIRED) {
            throw ProblemException.conflict("Item " + id + " is retired; create a new item instead");
        }
        snapshots.forget(id);
        apply(item, request);
        Item.flush();
        events.changed(item, item.status);
        return item;
    }

    @Transactional
    public Item transition(UUID id, String ifMatch, ItemStatus target) {
        Item item = get(id);
        if (ifMatch != null) {
            IfMatch.require(ifMatch, item.version);
        }
        boolean allowed = switch (target) {
            case PUBLISHED -> item.status == ItemStatus.DRAFT || item.status == ItemStatus.PUBLISHED;
            case RETIRED -> true;
            case DRAFT -> false;
        };
        if (!allowed) {
            throw ProblemException.conflict("Item " + id + " is " + item.status + " and cannot become " + target);
        }
        ItemStatus before = item.status;
        snapshots.forget(id);
        item.status = target;
        Item.flush();
        events.changed(item, before);
        return item;
    }

    private static void apply(Item item, ItemDraft request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        ItemType type = request.type();
        List<Choice> choices = null;
        if (type.hasChoices()) {
            if (request.choices() == null) {
                errors.add(new Problem.FieldError("choices", "required for " + type));
            } else {
                choices = request.choices().stream().map(c -> new Choice(c.key(), c.text().trim())).toList();
                for (int i = 0; i < choices.size(); i++) {
                    String expected = String.valueOf((char) ('a' + i));
                    if (!choices.get(i).key().equals(expected)) {
                        errors.add(new Problem.FieldError("choices[" + i + "].key", "must be '" + expected + "'"));
                    }
                }
            }
        } else if (request.choices() != null) {
            errors.add(new Problem.FieldError("choices", "only choice items have choices"));
        }
        AnswerKey key = answerKey(type, request.answer(), choices, errors);
        Set<String> skills = new HashSet<>(request.skills());
        List<String> known = skills.isEmpty() ? List.of()
                : CatalogSkill.<CatalogSkill>list("code in ?1", skills).stream().map(s -> s.code).toList();
        for (int i = 0; i < request.skills().size(); i++) {
            if (!known.contains(request.skills().get(i))) {
                errors.add(new Problem.FieldError("skills[" + i + "]",
                        "unknown skill '" + request.skills().get(i) + "' (not in the catalog)"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        item.stem = request.stem().trim();
        item.type = type;
        item.choices = choices;
        item.answer = key;
        item.explanation = request.explanation().trim();
        item.difficulty = request.difficulty();
        if (!item.skillCodes.equals(skills)) {
            item.skillCodes.clear();
            item.skillCodes.addAll(skills);
        }
    }

    private static AnswerKey answerKey(ItemType type, ItemDraft.AnswerKeyDraft a, List<Choice> choices,
            List<Problem.FieldError> errors) {
        Set<String> keys = new HashSet<>();
        if (choices != null) {
            choices.forEach(c -> keys.add(c.key()));
        }
        switch (type) {
            case SINGLE_CHOICE -> {
                if (a.choice() == null || !keys.contains(a.choice())) {
                    errors.add(new Problem.FieldError("answer.choice", "must be the key of one of the choices"));
                }
                return new AnswerKey(a.choice(), null, null, null, null);
            }
            case MULTIPLE_CHOICE -> {
                if (a.choices() == null || a.choices().isEmpty() || !keys.containsAll(a.choices())
                        || new HashSet<>(a.choices()).size() != a.choices().size()) {
                    errors.add(new Problem.FieldError("answer.choices", "must be distinct keys of the choices"));
                }
                return new AnswerKey(null, a.choices() == null ? null : a.choices().stream().sorted().toList(), null, null, null);
            }
            case NUMERIC -> {
                if (a.value() == null || !Double.isFinite(a.value())) {
                    errors.add(new Problem.FieldError("answer.value", "must be a finite number"));
                }
                return new AnswerKey(null, null, a.value(), a.tolerance() == null ? 0.0 : a.tolerance(), null);
            }
            case SHORT_TEXT -> {
                if (a.accepted() == null || a.accepted().isEmpty()) {
                    errors.add(new Problem.FieldError("answer.accepted", "must list at least one accepted answer"));
                    return new AnswerKey(null, null, null, null, null);
                }
                return new AnswerKey(null, null, null, null,
                        a.accepted().stream().map(Grader::normalize).map(s -> s.toLowerCase(Locale.ROOT)).distinct().toList());
            }
            default -> throw new IllegalStateException(type.name());
        }
    }
}
