package org.learnpath.assessment.service.lint;

/**
 * How bad a finding is. An ERROR item is broken (it cannot be graded as meant, or it shows the same option twice) and
 * is refused; a WARNING item works but measures badly (a cue that lets a learner who does not know the answer find
 * it, or a refusal of right answers), and is accepted with the warning.
 */
public enum Severity {
    ERROR,
    WARNING
}
