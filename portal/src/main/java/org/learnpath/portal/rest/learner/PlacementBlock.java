package org.learnpath.portal.rest.learner;

import java.util.List;
import org.learnpath.portal.model.PlacementView;
import org.learnpath.portal.model.PlacementView.PlacedModule;

/**
 * The placement assessment on the path page, as the portal renders it before the page's script takes over (and
 * without script): an invitation when the learner never started one, how far it got while in progress, the modules it
 * placed the learner past once completed, nothing visible when skipped. {@code state} is also the element's
 * {@code data-placement} attribute.
 *
 * @param goal     the goal the placement is for (the path shown)
 * @param viewing  the path shown is an assigned goal's, not the chosen goal's: the skip form returns to it
 * @param state    none, IN_PROGRESS, COMPLETED, SKIPPED, or unknown when the recommender could not say (the
 *                 element then asks itself and shows what went wrong)
 * @param answered answers applied so far
 * @param maxItems the most questions it asks
 * @param placed   the modules it placed the learner past (completed only)
 */
public record PlacementBlock(String goal, boolean viewing, String state, int answered, int maxItems,
        List<PlacedRow> placed) {

    /** What the invitation promises before a placement exists to say otherwise: the assessment's session size. */
    public static final int DEFAULT_MAX_ITEMS = 20;

    public static final String NONE = "none";
    public static final String UNKNOWN = "unknown";

    /** A placed module: its title (the slug when it has none) and the recommender's sentence, verbatim. */
    public record PlacedRow(String slug, String title, String sentence) {
    }

    public PlacementBlock {
        placed = List.copyOf(placed);
    }

    /** The block for {@code view}, or the invitation when it is null (never started). */
    static PlacementBlock of(PlacementView view, String goal, boolean viewing) {
        if (view == null) {
            return new PlacementBlock(goal, viewing, NONE, 0, DEFAULT_MAX_ITEMS, List.of());
        }
        String state = switch (view.status() == null ? "" : view.status()) {
            case PlacementView.IN_PROGRESS, PlacementView.COMPLETED, PlacementView.SKIPPED -> view.status();
            default -> UNKNOWN; // a status added later: the element decides what to show
        };
        List<PlacedRow> placed = view.result() == null || !PlacementView.COMPLETED.equals(state) ? List.of()
                : view.result().placedModules().stream().map(PlacementBlock::row).toList();
        int maxItems = view.maxItems() > 0 ? view.maxItems() : DEFAULT_MAX_ITEMS;
        return new PlacementBlock(goal, viewing, state, Math.max(0, Math.min(view.answered(), maxItems)), maxItems,
                placed);
    }

    /** The recommender could not be asked: the element asks again itself and shows the error, with a retry. */
    static PlacementBlock unknown(String goal, boolean viewing) {
        return new PlacementBlock(goal, viewing, UNKNOWN, 0, DEFAULT_MAX_ITEMS, List.of());
    }

    public boolean none() {
        return NONE.equals(state);
    }

    public boolean inProgress() {
        return PlacementView.IN_PROGRESS.equals(state);
    }

    public boolean completed() {
        return PlacementView.COMPLETED.equals(state);
    }

    /** "1 module", "3 modules". */
    public String placedPhrase() {
        return placed.size() == 1 ? "1 module" : placed.size() + " modules";
    }

    private static PlacedRow row(PlacedModule module) {
        String title = module.title() == null || module.title().isBlank() ? module.slug() : module.title();
        return new PlacedRow(module.slug(), title, module.sentence() == null ? "" : module.sentence());
    }
}
