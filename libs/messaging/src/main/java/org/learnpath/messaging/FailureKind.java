package org.learnpath.messaging;

/** What a failure to apply a record says about trying again. */
public enum FailureKind {
    /** The environment failed (database unreachable, overloaded, deadlock): the same record will succeed later. */
    TRANSIENT,
    /** The record itself is at fault (contract, data, integrity): it will fail the same way every time. */
    PERMANENT,
    /** Neither is known: retried a bounded number of times, then treated as permanent. */
    UNKNOWN
}
