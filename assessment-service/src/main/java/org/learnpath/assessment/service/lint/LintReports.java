package org.learnpath.assessment.service.lint;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.learnpath.assessment.model.CatalogSkill;
import org.learnpath.assessment.model.Item;
import org.learnpath.assessment.model.ItemStatus;
import org.learnpath.assessment.model.ItemType;
import org.learnpath.rest.ProblemException;

/**
 * The linter's reports for authors, over the items of the bank in the requested status (by default the drafts and
 * published items: what learners are or will be asked; retired items no longer count).
 */
@ApplicationScoped
public class LintReports {

    private final ItemLinting linting;

    public LintReports(ItemLinting linting) {
        this.linting = linting;
    }

    @Transactional
    public BankReport bank(ItemStatus status) {
        return linting.bankLinter().report(load(status).stream().map(ItemLinting::lintItem).toList());
    }

    /** @throws ProblemException 404 when the skill has no items in the status and is not in the catalog copy */
    @Transactional
    public SkillLint skill(String code, ItemStatus status) {
        List<Item> bank = load(status);
        List<Item> mine = bank.stream().filter(i -> i.skillCodes.contains(code)).toList();
        if (mine.isEmpty() && CatalogSkill.findById(code) == null) {
            throw ProblemException.notFound("Skill", code);
        }
        BankFigures figures = linting.bankLinter().skill(bank.stream().map(ItemLinting::lintItem).toList(), code);
        Map<String, Integer> byStatus = new LinkedHashMap<>();
        for (ItemStatus s : ItemStatus.values()) {
            byStatus.put(s.name(), 0);
        }
        mine.forEach(i -> byStatus.merge(i.status.name(), 1, Integer::sum));
        List<ItemLint> items = mine.stream()
                .map(i -> new ItemLint(i.id, i.type, i.status, i.difficulty, i.stem, linting.lint(i)))
                .sorted(Comparator.comparingInt((ItemLint i) -> -i.findings().size())
                        .thenComparingDouble(ItemLint::difficulty).thenComparing(ItemLint::id))
                .toList();
        return new SkillLint(code, byStatus, figures, items);
    }

    private static List<Item> load(ItemStatus status) {
        List<ItemStatus> statuses = status != null ? List.of(status) : List.of(ItemStatus.DRAFT, ItemStatus.PUBLISHED);
        return Item.<Item>list("select distinct i from Item i left join fetch i.skillCodes where i.status in ?1"
                + " order by i.id", statuses);
    }

    /** A skill's figures and its items with their findings, the most flagged first. */
    public record SkillLint(String skill, Map<String, Integer> byStatus, BankFigures figures, List<ItemLint> items) {
    }

    /** One item and what the rules found in it. */
    public record ItemLint(UUID id, ItemType type, ItemStatus status, double difficulty, String stem,
            List<Finding> findings) {
    }
}
