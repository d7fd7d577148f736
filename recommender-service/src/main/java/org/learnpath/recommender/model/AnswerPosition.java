package org.learnpath.recommender.model;

/**
 * Where an answer was read from: a learner's answers are applied, and replayed, in this order (partition, then
 * offset).
 */
public record AnswerPosition(int partition, long offset) implements Comparable<AnswerPosition> {

    @Override
    public int compareTo(AnswerPosition other) {
        return partition != other.partition ? Integer.compare(partition, other.partition)
                : Long.compare(offset, other.offset);
    }
}
