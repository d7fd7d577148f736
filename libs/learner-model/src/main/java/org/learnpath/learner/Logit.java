package org.learnpath.learner;

/** The logistic function and its inverse, the bridge between probabilities and the logit difficulty scale. */
final class Logit {

    private Logit() {
    }

    static double sigmoid(double x) {
        // Infinite inputs come from logit(0) and logit(1) and give back 0 and 1, which is what callers want.
        return 1 / (1 + Math.exp(-x));
    }

    static double logit(double p) {
        return Math.log(p / (1 - p));
    }
}
