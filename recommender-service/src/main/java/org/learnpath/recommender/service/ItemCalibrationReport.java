package org.learnpath.recommender.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.learnpath.recommender.config.CalibrationConfig;
import org.learnpath.recommender.repository.ItemCalibrationReportRepository;
import org.learnpath.recommender.repository.ItemCalibrationReportRepository.ItemStats;
import org.learnpath.rest.Slice;

/**
 * The item calibration report for authors: per item its answers, share correct, author's and learned difficulty,
 * discrimination and flags, across organizations (the item bank is shared) and without anything about a single
 * learner. Flagged items come first, the most serious flag first, so that the first page is the one to act on.
 *
 * <p>Sorting by flags needs every item judged, and judging reads every stored answer in one statement: seconds at
 * millions of answers. So the judged bank is kept for {@link CalibrationConfig#refreshAfter()} and pages and filters
 * are cut from it. The request that finds it older computes it again; requests meanwhile get the previous figures
 * (their Last-Modified says how old), and only the very first requests wait, for one computation between them.
 */
@ApplicationScoped
public class ItemCalibrationReport {

    /**
     * Flagged before unflagged; then by the most serious flag, more flags first, more answers first (better
     * evidence), and the item id, so that pages never overlap.
     */
    static final Comparator<ItemCalibrationRow> ORDER = Comparator
            .comparing((ItemCalibrationRow row) -> row.flags().isEmpty())
            .thenComparing(row -> row.flags().isEmpty() ? Integer.MAX_VALUE : row.flags().get(0).ordinal())
            .thenComparing(row -> -row.flags().size())
            .thenComparing(row -> -row.answers())
            .thenComparing(row -> row.itemId().toString());

    private record Judged(Instant computedAt, List<ItemCalibrationRow> rows) {
    }

    private final ItemCalibrationReportRepository repository;
    private final ItemCalibrationRules rules;
    private final Duration refreshAfter;
    private final ReentrantLock computing = new ReentrantLock();
    private volatile Judged last;

    public ItemCalibrationReport(ItemCalibrationReportRepository repository, CalibrationConfig config) {
        this.repository = repository;
        this.rules = ItemCalibrationRules.of(config);
        this.refreshAfter = config.refreshAfter();
    }

    /**
     * One page (from 0) of the items measuring {@code skill} (all items when null) that carry {@code flag} (all
     * when null), in report order.
     */
    public ItemCalibrationPage page(String skill, ItemCalibrationFlag flag, int page, int size) {
        Judged judged = judged();
        List<ItemCalibrationRow> rows = judged.rows().stream()
                .filter(row -> skill == null || row.skillCodes().contains(skill))
                .filter(row -> flag == null || row.flags().contains(flag))
                .toList();
        long from = (long) page * size;
        List<ItemCalibrationRow> items = from >= rows.size() ? List.of()
                : rows.subList((int) from, (int) Math.min(rows.size(), from + size));
        return new ItemCalibrationPage(new Slice<>(items, rows.size()), judged.computedAt());
    }

    private Judged judged() {
        Judged judged = last;
        if (fresh(judged)) {
            return judged;
        }
        if (judged == null) {
            computing.lock();
        } else if (!computing.tryLock()) {
            return judged; // another request is computing it again: the previous figures meanwhile
        }
        try {
            judged = last;
            if (fresh(judged)) {
                return judged; // computed by the request this one waited for
            }
            Instant at = Instant.now();
            judged = new Judged(at, repository.stats(rules.highMastery()).stream().map(this::judge).sorted(ORDER)
                    .toList());
            last = judged;
            return judged;
        } finally {
            computing.unlock();
        }
    }

    private boolean fresh(Judged judged) {
        return judged != null && Instant.now().isBefore(judged.computedAt().plus(refreshAfter));
    }

    private ItemCalibrationRow judge(ItemStats s) {
        return new ItemCalibrationRow(s.itemId(), s.skillCodes(), s.status(), s.priorDifficulty(),
                s.learnedDifficulty(), s.answers(), s.repeatAnswers(), s.shareCorrect(), s.discrimination(),
                s.highMasteryAnswers(), s.highMasteryShareCorrect(),
                rules.flags(s.answers(), s.shareCorrect(), s.discrimination(), s.highMasteryAnswers(),
                        s.highMasteryShareCorrect()),
                rules.enoughAnswers(s.answers()));
    }
}
