package org.learnpath.assessment.service.lint;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.learnpath.assessment.model.ItemType;

/**
 * The rules that judge a set of items rather than one: cues that only show as a pattern (the key is the longest
 * option more often than chance allows; absolute words mark the wrong options; most multiple-choice items have the
 * same number of correct options), near-duplicate items, and short-text items that refuse equivalent answers.
 * Each applies to the whole bank and to each skill's items.
 */
public final class BankLinter {

    public static final String OVERALL = "overall";
    public static final String LONGEST_KEY_SHARE = "bank.longest-key-share";
    public static final String ABSOLUTE_WORD_RATES = "bank.absolute-word-rates";
    public static final String CORRECT_COUNTS = "bank.correct-counts";
    public static final String NEAR_DUPLICATE_STEMS = "bank.near-duplicate-stems";
    public static final String NEAR_DUPLICATE_OPTIONS = "bank.near-duplicate-options";
    public static final String SHORT_TEXT_FORMS = "bank.short-text-forms";

    private final ItemLinter itemLinter;
    private final LintSettings settings;
    private final DifficultyBands bands;

    public BankLinter(ItemLinter itemLinter) {
        this.itemLinter = itemLinter;
        this.settings = itemLinter.settings();
        this.bands = new DifficultyBands(settings.difficultyCuts());
    }

    public LintSettings settings() {
        return settings;
    }

    /** The overall figures, every skill's (ordered by code) and every item's findings. */
    public BankReport report(List<LintItem> bank) {
        Map<String, List<Finding>> findings = lintEach(bank);
        List<NearDuplicate> pairs = nearDuplicates(bank);
        BankFigures overall = figures(OVERALL, bank, pairs, findings::get);
        List<BankFigures> skills = new ArrayList<>();
        for (String skill : new TreeSet<>(bank.stream().flatMap(i -> i.skills().stream()).toList())) {
            skills.add(figures(skill, bank.stream().filter(i -> i.skills().contains(skill)).toList(), pairs,
                    findings::get));
        }
        return new BankReport(overall, List.copyOf(skills), Collections.unmodifiableMap(findings));
    }

    /** One skill's figures; near-duplicates are looked for in the whole bank. */
    public BankFigures skill(List<LintItem> bank, String skill) {
        List<LintItem> group = bank.stream().filter(i -> i.skills().contains(skill)).toList();
        Map<String, List<Finding>> findings = lintEach(group);
        return figures(skill, group, nearDuplicates(bank), findings::get);
    }

    public Map<String, List<Finding>> lintEach(List<LintItem> items) {
        Map<String, List<Finding>> findings = new LinkedHashMap<>();
        items.forEach(i -> findings.put(i.ref(), itemLinter.lint(i)));
        return findings;
    }

    BankFigures figures(String scope, List<LintItem> group, List<NearDuplicate> allPairs,
            Function<String, List<Finding>> findings) {
        Map<String, Integer> byType = new LinkedHashMap<>();
        for (ItemType type : ItemType.values()) {
            byType.put(type.name(), 0);
        }
        Map<String, Integer> byDifficulty = bands.emptyCounts();
        Map<String, Integer> itemWarnings = new TreeMap<>();
        for (LintItem item : group) {
            if (item.type() != null) {
                byType.merge(item.type().name(), 1, Integer::sum);
            }
            byDifficulty.merge(bands.band(item.difficulty()), 1, Integer::sum);
            findings.apply(item.ref()).stream().map(Finding::rule).distinct()
                    .forEach(rule -> itemWarnings.merge(rule, 1, Integer::sum));
        }
        Set<String> refs = new HashSet<>();
        group.forEach(i -> refs.add(i.ref()));
        List<NearDuplicate> pairs = scope.equals(OVERALL) ? allPairs
                : allPairs.stream().filter(p -> refs.contains(p.first()) || refs.contains(p.second())).toList();

        BankFigures.LongestKey longest = longestKey(group);
        BankFigures.AbsoluteWords absolute = absoluteWords(group);
        BankFigures.CorrectCounts counts = correctCounts(group);
        BankFigures.ShortText shortText = shortText(group);
        List<BankCheck> checks = List.of(longestKeyCheck(longest, scope.equals(OVERALL)),
                absoluteWordCheck(absolute, group), correctCountCheck(counts),
                nearDuplicateCheck(NEAR_DUPLICATE_STEMS, pairs), nearDuplicateCheck(NEAR_DUPLICATE_OPTIONS, pairs),
                shortTextCheck(shortText));
        BankFigures.PairCounts pairCounts = new BankFigures.PairCounts(
                pairs.stream().filter(p -> p.rule().equals(NEAR_DUPLICATE_STEMS)).count(),
                pairs.stream().filter(p -> p.rule().equals(NEAR_DUPLICATE_OPTIONS)).count(),
                pairs.stream().filter(NearDuplicate::crossSkill).count());
        return new BankFigures(scope, group.size(), byType, byDifficulty, longest, absolute, counts, shortText,
                pairCounts, pairs, itemWarnings, checks);
    }

    BankFigures.LongestKey longestKey(List<LintItem> group) {
        int items = 0;
        int longest = 0;
        double chance = 0;
        for (LintItem item : group) {
            if (item.type() == ItemType.SINGLE_CHOICE && item.correctIndexes().size() == 1
                    && item.options().size() >= 2) {
                items++;
                chance += 1.0 / item.options().size();
                if (LongestKeyRule.keyIsLongest(item)) {
                    longest++;
                }
            }
        }
        double chanceShare = items == 0 ? 0 : chance / items;
        return new BankFigures.LongestKey(items, longest, share(longest, items), chanceShare,
                Math.min(1, chanceShare + settings.longestKeyMargin()));
    }

    BankFigures.AbsoluteWords absoluteWords(List<LintItem> group) {
        int keys = 0;
        int keysWith = 0;
        int distractors = 0;
        int distractorsWith = 0;
        for (LintItem item : group) {
            if (item.type() == null || !item.type().hasChoices()) {
                continue;
            }
            for (int i : item.correctIndexes()) {
                keys++;
                keysWith += absolute(item, i) ? 1 : 0;
            }
            for (int i : item.distractorIndexes()) {
                distractors++;
                distractorsWith += absolute(item, i) ? 1 : 0;
            }
        }
        return new BankFigures.AbsoluteWords(keys, keysWith, share(keysWith, keys), distractors, distractorsWith,
                share(distractorsWith, distractors));
    }

    BankFigures.CorrectCounts correctCounts(List<LintItem> group) {
        SortedMap<Integer, Integer> distribution = new TreeMap<>();
        int items = 0;
        for (LintItem item : group) {
            if (item.type() == ItemType.MULTIPLE_CHOICE && !item.correctIndexes().isEmpty()) {
                items++;
                distribution.merge(item.correctIndexes().size(), 1, Integer::sum);
            }
        }
        int modal = distribution.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        return new BankFigures.CorrectCounts(items, Collections.unmodifiableSortedMap(distribution),
                share(modal, items), settings.maxSharedCorrectCount());
    }

    BankFigures.ShortText shortText(List<LintItem> group) {
        List<LintItem> shortText = group.stream().filter(i -> i.type() == ItemType.SHORT_TEXT).toList();
        List<String> tooFew = shortText.stream()
                .filter(i -> i.accepted().stream().filter(s -> s != null && !s.isBlank()).count()
                        < settings.minAcceptedForms())
                .map(LintItem::ref).toList();
        return new BankFigures.ShortText(shortText.size(), tooFew);
    }

    /**
     * Pairs of different items whose stems, or one option of each, have content words this similar (Jaccard index
     * at least the configured threshold). Only the most similar pair of options is reported for two items.
     */
    public List<NearDuplicate> nearDuplicates(List<LintItem> bank) {
        List<Text> stems = new ArrayList<>();
        List<Text> options = new ArrayList<>();
        for (int n = 0; n < bank.size(); n++) {
            LintItem item = bank.get(n);
            Set<String> stemWords = Words.contentWords(item.stem());
            if (stemWords.size() >= settings.stemMinWords()) {
                stems.add(new Text(n, "stem", false, item.stem() == null ? "" : item.stem().trim(), stemWords));
            }
            Set<String> correct = item.correctKeys();
            for (int i = 0; i < item.options().size(); i++) {
                String text = LintItem.optionText(item.options().get(i));
                Set<String> words = Words.contentWords(text);
                if (words.size() >= settings.optionMinWords()) {
                    boolean keyed = item.options().get(i) != null && correct.contains(item.options().get(i).key());
                    options.add(new Text(n, LintItem.textField(i), keyed, text, words));
                }
            }
        }
        List<NearDuplicate> pairs = new ArrayList<>();
        pairs.addAll(similar(NEAR_DUPLICATE_STEMS, stems, settings.stemSimilarity(), bank));
        pairs.addAll(similar(NEAR_DUPLICATE_OPTIONS, options, settings.optionSimilarity(), bank));
        return List.copyOf(pairs);
    }

    private List<NearDuplicate> similar(String rule, List<Text> texts, double threshold, List<LintItem> bank) {
        // Candidates come from shared words (an inverted index): texts with no word in common are never compared.
        Map<String, List<Integer>> postings = new HashMap<>();
        for (int t = 0; t < texts.size(); t++) {
            for (String word : texts.get(t).words()) {
                postings.computeIfAbsent(word, w -> new ArrayList<>()).add(t);
            }
        }
        Map<Long, NearDuplicate> best = new HashMap<>();
        for (int t = 0; t < texts.size(); t++) {
            Text a = texts.get(t);
            Map<Integer, Integer> common = new HashMap<>();
            for (String word : a.words()) {
                for (int other : postings.get(word)) {
                    if (other > t && texts.get(other).item() != a.item()) {
                        common.merge(other, 1, Integer::sum);
                    }
                }
            }
            for (Map.Entry<Integer, Integer> e : common.entrySet()) {
                Text b = texts.get(e.getKey());
                double similarity = (double) e.getValue() / (a.words().size() + b.words().size() - e.getValue());
                if (similarity + 1e-9 < threshold) {
                    continue;
                }
                Text first = a.item() < b.item() ? a : b;
                Text second = first == a ? b : a;
                long pairKey = (long) first.item() * bank.size() + second.item();
                NearDuplicate current = best.get(pairKey);
                if (current == null || similarity > current.similarity()) {
                    LintItem x = bank.get(first.item());
                    LintItem y = bank.get(second.item());
                    boolean cross = Collections.disjoint(x.skills(), y.skills());
                    best.put(pairKey, new NearDuplicate(rule, x.ref(), first.field(), first.keyed(), first.text(),
                            y.ref(), second.field(), second.keyed(), second.text(), round(similarity), cross));
                }
            }
        }
        return best.values().stream()
                .sorted(Comparator.comparingDouble(NearDuplicate::similarity).reversed()
                        .thenComparing(NearDuplicate::first).thenComparing(NearDuplicate::second))
                .toList();
    }

    /**
     * At most chance plus the margin, everywhere. Over the whole bank also at least chance minus the margin: keys that
     * are rarely the longest option teach "never pick the longest", a cue as well. Not per skill, where a handful of
     * items lands far below chance by luck alone (0 of 8 at a chance of 1/4 happens one time in ten).
     */
    private BankCheck longestKeyCheck(BankFigures.LongestKey f, boolean wholeBank) {
        boolean judged = f.items() >= settings.minGroupItems();
        double floor = Math.max(0, f.chanceShare() - settings.longestKeyMargin());
        boolean passes = !judged || f.share() <= f.limit() + 1e-9 && (!wholeBank || f.share() + 1e-9 >= floor);
        String allowed = wholeBank ? "between " + percent(floor) + " and " + percent(f.limit()) + " allowed over the"
                + " whole bank" : "at most " + percent(f.limit()) + " allowed";
        String message = String.format(Locale.ROOT,
                "The key is the longest option in %d of %d single-choice items (%s); chance is %s, %s.",
                f.keyLongest(), f.items(), percent(f.share()), percent(f.chanceShare()), allowed);
        return new BankCheck(LONGEST_KEY_SHARE, judged, passes, message);
    }

    private BankCheck absoluteWordCheck(BankFigures.AbsoluteWords f, List<LintItem> group) {
        long choiceItems = group.stream().filter(i -> i.type() != null && i.type().hasChoices()).count();
        boolean judged = choiceItems >= settings.minGroupItems() && f.keys() > 0 && f.distractors() > 0;
        String message = String.format(Locale.ROOT,
                "Absolute words are in %s of the wrong options (%d of %d) and %s of the correct ones (%d of %d);"
                        + " they must not be more frequent in wrong options.",
                percent(f.distractorRate()), f.distractorsWithWord(), f.distractors(), percent(f.keyRate()),
                f.keysWithWord(), f.keys());
        return new BankCheck(ABSOLUTE_WORD_RATES, judged, !judged || f.distractorRate() <= f.keyRate() + 1e-9,
                message);
    }

    private BankCheck correctCountCheck(BankFigures.CorrectCounts f) {
        boolean judged = f.items() >= settings.minGroupItems();
        String message = String.format(Locale.ROOT,
                "Correct options per multiple-choice item: %s over %d items; the most common number is in %s of them,"
                        + " at most %s allowed.",
                f.distribution(), f.items(), percent(f.modalShare()), percent(f.limit()));
        return new BankCheck(CORRECT_COUNTS, judged, !judged || f.modalShare() <= f.limit() + 1e-9, message);
    }

    private BankCheck nearDuplicateCheck(String rule, List<NearDuplicate> pairs) {
        List<NearDuplicate> mine = pairs.stream().filter(p -> p.rule().equals(rule)).toList();
        long cross = mine.stream().filter(NearDuplicate::crossSkill).count();
        double threshold = rule.equals(NEAR_DUPLICATE_STEMS) ? settings.stemSimilarity() : settings.optionSimilarity();
        String what = rule.equals(NEAR_DUPLICATE_STEMS) ? "stems" : "options";
        String message = String.format(Locale.ROOT,
                "%d pairs of items have near-duplicate %s (content-word similarity at least %s), %d of them across"
                        + " skills.", mine.size(), what, threshold, cross);
        return new BankCheck(rule, true, mine.isEmpty(), message);
    }

    private BankCheck shortTextCheck(BankFigures.ShortText f) {
        String message = String.format(Locale.ROOT, "%d of %d short-text items accept fewer than %d forms.",
                f.tooFewForms().size(), f.items(), settings.minAcceptedForms());
        return new BankCheck(SHORT_TEXT_FORMS, true, f.tooFewForms().isEmpty(), message);
    }

    private boolean absolute(LintItem item, int index) {
        return !AbsoluteWordsRule.absoluteWords(LintItem.optionText(item.options().get(index)), settings).isEmpty();
    }

    private static double share(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    private record Text(int item, String field, boolean keyed, String text, Set<String> words) {
    }
}
