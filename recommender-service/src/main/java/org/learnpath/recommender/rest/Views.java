package org.learnpath.recommender.rest;

final class Views {

    private Views() {
    }

    /** Probabilities are shown to four decimals: more is noise to a reader and bloats every response. */
    static double round(double probability) {
        return Math.round(probability * 10_000) / 10_000.0;
    }
}
