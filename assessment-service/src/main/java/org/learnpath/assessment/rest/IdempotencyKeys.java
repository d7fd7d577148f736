package org.learnpath.assessment.rest;

import org.learnpath.rest.ProblemException;

final class IdempotencyKeys {

    private IdempotencyKeys() {
    }

    static String check(String key) {
        if (key == null) {
            return null;
        }
        String trimmed = key.trim();
        if (trimmed.isEmpty() || trimmed.length() > 200 || !trimmed.chars().allMatch(c -> c > 32 && c < 127)) {
            throw ProblemException.invalid("Idempotency-Key", "must be 1 to 200 visible ASCII characters");
        }
        return trimmed;
    }
}
