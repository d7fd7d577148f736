package org.learnpath.events.answer;

/** Graded answers, keyed by learner id; retained (not compacted): every answer is a fact. */
public final class AnswerTopic {

    public static final String NAME = "learnpath.answers.v1";

    private AnswerTopic() {
    }
}
