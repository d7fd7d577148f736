package org.learnpath.portal.service.author;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.learnpath.portal.model.ItemStatus;
import org.learnpath.portal.model.ItemWarning;
import org.learnpath.portal.model.SkillLint;

/**
 * A skill's item checks as the author's skill page shows them: the bank rules' verdicts on the skill's items taken
 * together, and the items the linter has warnings for, each linking to its page.
 *
 * @param name the skill's name in the catalog, or null when the catalog does not say
 * @param report the linter's report; null when the service could not give it now ({@code note} says so)
 * @param flagged the items with at least one warning, the most flagged first
 * @param more true when there are more flagged items than the page lists
 */
public record SkillChecks(String code, String name, SkillLint report, String note, List<Flagged> flagged,
        boolean more) {

    // The bank rules' ids to what they look at, in words; a rule the portal does not know yet shows its id.
    private static final Map<String, String> RULES = Map.of(
            "bank.longest-key-share", "The correct option as the longest one",
            "bank.absolute-word-rates", "Absolute words (always, never) in right and wrong options",
            "bank.correct-counts", "How many options are correct in multiple-choice items",
            "bank.near-duplicate-stems", "Near-duplicate questions",
            "bank.near-duplicate-options", "Near-duplicate sets of options",
            "bank.short-text-forms", "Accepted forms of short answers");

    public SkillChecks {
        flagged = flagged == null ? List.of() : List.copyOf(flagged);
    }

    public String heading() {
        return name == null || name.isBlank() ? "Skill " + code : "Skill: " + name;
    }

    public boolean available() {
        return report != null;
    }

    public List<Verdict> verdicts() {
        if (report == null || report.figures() == null) {
            return List.of();
        }
        return report.figures().checks().stream().map(Verdict::of).toList();
    }

    public long failing() {
        return verdicts().stream().filter(Verdict::fails).count();
    }

    /** "2 items have warnings", "No item has warnings"; "at least" when the page could not list them all. */
    public String flaggedText() {
        int n = flagged.size();
        if (n == 0) {
            return "No item has warnings.";
        }
        return (more ? "At least " : "") + n + (n == 1 ? " item has" : " items have") + " warnings.";
    }

    /** How many items the checks looked at: the skill's drafts and published items. */
    public String checkedText() {
        int items = report == null || report.figures() == null ? 0 : report.figures().items();
        return items + (items == 1 ? " item" : " items") + " checked (drafts and published items).";
    }

    /**
     * One bank rule's verdict, in words: "Passes", "Fails", or "Not judged" when the skill has too few items for it.
     */
    public record Verdict(String rule, String label, String verdict, String message, boolean fails) {

        static Verdict of(SkillLint.Check check) {
            String label = RULES.getOrDefault(check.rule(), check.rule());
            String verdict = !check.judged() ? "Not judged" : check.passes() ? "Passes" : "Fails";
            return new Verdict(check.rule(), label, verdict, check.message() == null ? "" : check.message(),
                    check.judged() && !check.passes());
        }

        /** For a class name: passes, fails, unjudged. */
        public String kind() {
            return fails ? "fails" : verdict.equals("Passes") ? "passes" : "unjudged";
        }
    }

    /** An item with warnings: its question (shortened), status, and the warnings' texts. */
    public record Flagged(UUID id, String stem, ItemStatus status, List<ItemCheck> warnings) {

        static Flagged of(SkillLint.Item item) {
            String stem = item.stem() == null ? "" : item.stem().strip();
            List<ItemWarning> findings = item.findings();
            return new Flagged(item.id(), stem.length() <= 100 ? stem : stem.substring(0, 99) + "…", item.status(),
                    ItemChecks.from(findings).all());
        }

        public String count() {
            return warnings.size() + (warnings.size() == 1 ? " warning" : " warnings");
        }
    }
}
