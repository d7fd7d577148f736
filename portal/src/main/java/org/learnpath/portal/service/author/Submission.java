package org.learnpath.portal.service.author;

/** The outcome of a submitted form: what was saved (its key), or why it was not. */
public record Submission<K>(K saved, Refusal refusal) {

    public static <K> Submission<K> saved(K key) {
        return new Submission<>(key, null);
    }

    public static <K> Submission<K> refused(Refusal refusal) {
        return new Submission<>(null, refusal);
    }

    public boolean ok() {
        return refusal == null;
    }
}
