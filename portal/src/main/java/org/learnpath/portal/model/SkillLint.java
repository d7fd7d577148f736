package org.learnpath.portal.model;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The item linter's report on one skill (the assessment service's {@code /api/reports/skills/{code}/lint}): its
 * items by status, the bank rules' verdicts on them, and each item with its findings, the most flagged first.
 * Only the parts the portal shows are read.
 */
public record SkillLint(String skill, boolean passes, Map<String, Integer> byStatus, Figures figures, Items items) {

    public SkillLint {
        byStatus = byStatus == null ? Map.of() : byStatus;
        items = items == null ? new Items(List.of(), 0, 0, 0) : items;
    }

    /**
     * @param itemWarnings items with at least one finding of each item rule, by rule id
     * @param checks the bank rules' verdicts
     */
    public record Figures(int items, Map<String, Integer> itemWarnings, List<Check> checks) {

        public Figures {
            itemWarnings = itemWarnings == null ? Map.of() : itemWarnings;
            checks = checks == null ? List.of() : checks;
        }
    }

    /**
     * One bank rule's verdict.
     *
     * @param judged false when the skill has too few items for the rule to mean anything (then no verdict)
     * @param message the figures behind the verdict, in words
     */
    public record Check(String rule, boolean judged, boolean passes, String message) {
    }

    /** One page of the skill's items, counting from 0. */
    public record Items(List<Item> items, int page, int size, long total) {

        public Items {
            items = items == null ? List.of() : items;
        }
    }

    /** One item and what the rules found in it. */
    public record Item(UUID id, ItemType type, ItemStatus status, double difficulty, String stem,
            List<ItemWarning> findings) {

        public Item {
            findings = findings == null ? List.of() : findings;
        }
    }
}
