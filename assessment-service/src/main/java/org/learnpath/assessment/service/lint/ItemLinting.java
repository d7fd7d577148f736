package org.learnpath.assessment.service.lint;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.learnpath.assessment.config.ItemLintConfig;
import org.learnpath.assessment.model.Item;
import org.learnpath.assessment.service.ItemDraft;
import org.learnpath.assessment.service.ItemService;
import org.learnpath.rest.Problem;
import org.learnpath.rest.ProblemException;
import org.learnpath.rest.ProblemType;

/**
 * The linter as the service uses it (the only class here that knows CDI, configuration or entities): settings from
 * configuration, items read from their entities, and authoring that reports warnings and refuses broken items.
 */
@ApplicationScoped
public class ItemLinting {

    private final ItemService items;
    private final ItemLinter itemLinter;
    private final BankLinter bankLinter;

    public ItemLinting(ItemService items, ItemLintConfig config) {
        this.items = items;
        this.itemLinter = ItemLinter.standard(settings(config));
        this.bankLinter = new BankLinter(itemLinter);
    }

    static LintSettings settings(ItemLintConfig c) {
        return new LintSettings(c.longestKeyRatio(), c.longestKeyMargin(), new HashSet<>(c.absoluteWords()),
                c.minAcceptedForms(), c.maxSharedCorrectCount(), c.stemSimilarity(), c.stemMinWords(),
                c.optionSimilarity(), c.optionMinWords(), c.minGroupItems(), c.difficultyCuts());
    }

    /** The item as the rules read it; its ref is its id. */
    public static LintItem lintItem(Item item) {
        return new LintItem(item.id.toString(), item.stem, item.type, item.choices, item.answer,
                item.sortedSkillCodes(), item.difficulty);
    }

    public List<Finding> lint(Item item) {
        return itemLinter.lint(lintItem(item));
    }

    public BankLinter bankLinter() {
        return bankLinter;
    }

    /**
     * Creates an item as {@link ItemService#create} does, then lints it as stored: refused (400, nothing written)
     * when a rule finds it broken, otherwise returned with the rules' warnings.
     */
    @Transactional
    public Linted create(ItemDraft draft, String author) {
        return checked(items.create(draft, author));
    }

    /** Replaces an item as {@link ItemService#update} does, linted like {@link #create}. */
    @Transactional
    public Linted update(UUID id, String ifMatch, ItemDraft draft) {
        return checked(items.update(id, ifMatch, draft));
    }

    /**
     * The service's own validation runs first, so its errors read as before; only what it lets through reaches the
     * rules. Throwing here rolls the whole write back, the item's event included.
     */
    private Linted checked(Item item) {
        List<Finding> findings = lint(item);
        List<Finding> errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).toList();
        if (!errors.isEmpty()) {
            List<Problem.FieldError> fields = errors.stream()
                    .map(f -> new Problem.FieldError(f.field(), f.message() + " (" + f.rule() + ")")).toList();
            String detail = errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
                    : errors.size() + " problems make the item unusable";
            throw new ProblemException(ProblemType.VALIDATION, 400, detail, fields, Map.of("lint", errors));
        }
        return new Linted(item, findings);
    }

    /** A written item and what the rules say about it (warnings only: errors refuse the write). */
    public record Linted(Item item, List<Finding> findings) {
    }
}
