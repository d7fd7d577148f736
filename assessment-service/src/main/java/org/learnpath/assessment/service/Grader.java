package org.learnpath.assessment.service;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.learnpath.assessment.model.AnswerKey;
import org.learnpath.assessment.model.Choice;
import org.learnpath.assessment.model.ItemType;
import org.learnpath.assessment.model.Response;
import org.learnpath.rest.ProblemException;

/**
 * Grades a response against an item's answer key. A response of the wrong shape for the item (a number
 * for a choice question, a choice that does not exist) is the client's error, not a wrong answer.
 */
public final class Grader {

    /** Absorbs binary floating-point noise, so 0.1 + 0.2 matches 0.3 with a tolerance of 0. */
    private static final double EPSILON = 1e-9;

    private Grader() {
    }

    public static Grade grade(ItemType type, List<Choice> choices, AnswerKey key, Response response) {
        if (response == null) {
            throw ProblemException.invalid("response", "must not be null");
        }
        return switch (type) {
            case SINGLE_CHOICE -> single(choices, key, response);
            case MULTIPLE_CHOICE -> multiple(choices, key, response);
            case NUMERIC -> numeric(key, response);
            case SHORT_TEXT -> shortText(key, response);
        };
    }

    private static Grade single(List<Choice> choices, AnswerKey key, Response response) {
        onlyField(response, "choice", response.choice() != null);
        requireChoice(choices, response.choice(), "response.choice");
        boolean right = key.choice().equals(response.choice());
        return new Grade(right, right ? 1 : 0);
    }

    /**
     * Exactly the right set is correct. The score gives credit per right choice and takes it back per wrong
     * one, so ticking every box earns nothing.
     */
    private static Grade multiple(List<Choice> choices, AnswerKey key, Response response) {
        onlyField(response, "choices", response.choices() != null);
        Set<String> picked = new HashSet<>();
        for (int i = 0; i < response.choices().size(); i++) {
            String choice = response.choices().get(i);
            requireChoice(choices, choice, "response.choices[" + i + "]");
            if (!picked.add(choice)) {
                throw ProblemException.invalid("response.choices[" + i + "]", "'" + choice + "' is selected twice");
            }
        }
        Set<String> right = new HashSet<>(key.choices());
        long hits = picked.stream().filter(right::contains).count();
        long misses = picked.size() - hits;
        double score = Math.max(0, (hits - misses) / (double) right.size());
        boolean exact = picked.equals(right);
        return new Grade(exact, exact ? 1 : score);
    }

    private static Grade numeric(AnswerKey key, Response response) {
        onlyField(response, "value", response.value() != null);
        double value = response.value();
        if (!Double.isFinite(value)) {
            throw ProblemException.invalid("response.value", "must be a finite number");
        }
        double tolerance = key.tolerance() == null ? 0 : key.tolerance();
        boolean right = Math.abs(value - key.value()) <= tolerance + EPSILON * Math.max(1, Math.abs(key.value()));
        return new Grade(right, right ? 1 : 0);
    }

    private static Grade shortText(AnswerKey key, Response response) {
        onlyField(response, "text", response.text() != null);
        if (response.text().length() > 500) {
            throw ProblemException.invalid("response.text", "must be at most 500 characters");
        }
        String given = normalize(response.text());
        if (given.isEmpty()) {
            throw ProblemException.invalid("response.text", "must not be blank");
        }
        boolean right = key.accepted().stream().map(Grader::normalize).anyMatch(given::equals);
        return new Grade(right, right ? 1 : 0);
    }

    /** Case, accents' composed forms, surrounding spaces, inner runs of spaces and a final full stop do not matter. */
    static String normalize(String text) {
        String n = Normalizer.normalize(text, Normalizer.Form.NFKC).trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        while (n.endsWith(".")) {
            n = n.substring(0, n.length() - 1).trim();
        }
        return n;
    }

    private static void onlyField(Response response, String expected, boolean present) {
        int given = (response.choice() != null ? 1 : 0) + (response.choices() != null ? 1 : 0)
                + (response.value() != null ? 1 : 0) + (response.text() != null ? 1 : 0);
        if (!present || given != 1) {
            throw ProblemException.invalid("response", "this item takes exactly one field: '" + expected + "'");
        }
    }

    private static void requireChoice(List<Choice> choices, String key, String field) {
        if (key == null || choices.stream().noneMatch(c -> c.key().equals(key))) {
            throw ProblemException.invalid(field, "'" + key + "' is not one of this item's choices");
        }
    }
}
