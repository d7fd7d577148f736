package org.learnpath.assessment.service.lint;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Difficulty bands between the configured cut points, e.g. "below -1", "-1 to 0", "0 to 1", "1 and above". */
public final class DifficultyBands {

    private final List<Double> cuts;
    private final List<String> labels;

    public DifficultyBands(List<Double> cuts) {
        this.cuts = cuts.stream().sorted().toList();
        List<String> names = new ArrayList<>();
        if (this.cuts.isEmpty()) {
            names.add("all");
        } else {
            names.add("below " + format(this.cuts.get(0)));
            for (int i = 1; i < this.cuts.size(); i++) {
                names.add(format(this.cuts.get(i - 1)) + " to " + format(this.cuts.get(i)));
            }
            names.add(format(this.cuts.get(this.cuts.size() - 1)) + " and above");
        }
        this.labels = List.copyOf(names);
    }

    public String band(double difficulty) {
        for (int i = 0; i < cuts.size(); i++) {
            if (difficulty < cuts.get(i)) {
                return labels.get(i);
            }
        }
        return labels.get(labels.size() - 1);
    }

    /** Every band, in order, with no items yet. */
    public Map<String, Integer> emptyCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        labels.forEach(l -> counts.put(l, 0));
        return counts;
    }

    private static String format(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
