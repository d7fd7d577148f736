package org.learnpath.learner;

import java.util.Arrays;

/** Area under the ROC curve of probabilistic predictions: how well they rank correct above incorrect answers. */
public final class Auc {

    private Auc() {
    }

    /**
     * AUC by the Mann-Whitney rank statistic, ties counted as one half: the probability that a random correct
     * answer got a higher prediction than a random incorrect one. O(n log n).
     *
     * @throws IllegalArgumentException if lengths differ or one class is absent (AUC undefined)
     */
    public static double of(double[] predictions, boolean[] outcomes) {
        int n = predictions.length;
        if (outcomes.length != n) {
            throw new IllegalArgumentException("predictions and outcomes differ in length");
        }
        Integer[] byPrediction = new Integer[n];
        for (int i = 0; i < n; i++) {
            byPrediction[i] = i;
        }
        Arrays.sort(byPrediction, (a, b) -> Double.compare(predictions[a], predictions[b]));
        double positiveRankSum = 0;
        long positives = 0;
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && predictions[byPrediction[j + 1]] == predictions[byPrediction[i]]) {
                j++;
            }
            double averageRank = (i + j) / 2.0 + 1; // ranks i+1..j+1 shared by the tied group
            for (int k = i; k <= j; k++) {
                if (outcomes[byPrediction[k]]) {
                    positiveRankSum += averageRank;
                    positives++;
                }
            }
            i = j + 1;
        }
        long negatives = n - positives;
        if (positives == 0 || negatives == 0) {
            throw new IllegalArgumentException("AUC needs both correct and incorrect answers");
        }
        return (positiveRankSum - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
    }
}
