package org.learnpath.recommender.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.learnpath.recommender.service.TeamService;
import org.learnpath.rest.Problem;
import org.learnpath.rest.ProblemException;
import org.learnpath.rest.ProblemType;

/**
 * Validates team requests in two steps, where {@code @Valid} would do one. A bulk upsert's body may be large (the
 * body limit leaves room for 10 000 memberships), and validating every element of a body of hundreds of thousands of
 * tiny invalid elements would cost the server far more than the client and answer with megabytes of field errors.
 * So the request's size is checked first (TeamService's configured limits, 413), then its fields (Hibernate Validator,
 * the constraints declared on the request records), and at most {@value #MAX_ERRORS} field errors are listed.
 */
@ApplicationScoped
public class TeamRequestCheck {

    static final int MAX_ERRORS = 100;

    private final Validator validator;
    private final TeamService teams;

    public TeamRequestCheck(Validator validator, TeamService teams) {
        this.validator = validator;
        this.teams = teams;
    }

    TeamRequest check(TeamRequest team) {
        teams.checkSize(1, size(team.members()), size(team.managers()));
        return valid(team);
    }

    TeamsUpsertRequest check(TeamsUpsertRequest request) {
        if (request.teams() != null) {
            long memberships = 0;
            int managers = 0;
            for (TeamRequest team : request.teams()) {
                if (team != null) {
                    memberships += size(team.members());
                    managers = Math.max(managers, size(team.managers()));
                }
            }
            teams.checkSize(request.teams().size(), memberships, managers);
        }
        return valid(request);
    }

    private <T> T valid(T request) {
        Set<ConstraintViolation<T>> violations = validator.validate(request);
        if (violations.isEmpty()) {
            return request;
        }
        List<Problem.FieldError> errors = violations.stream()
                .map(v -> new Problem.FieldError(fieldOf(v.getPropertyPath()), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message))
                .limit(MAX_ERRORS).toList();
        String detail = violations.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
                : violations.size() + " fields are not valid"
                        + (violations.size() > MAX_ERRORS ? " (the first " + MAX_ERRORS + " are listed)" : "");
        throw new ProblemException(ProblemType.VALIDATION, 400, detail, errors, Map.of());
    }

    private static int size(List<?> list) {
        return list == null ? 0 : list.size();
    }

    /** "teams[0].members[2].learnerId", "managers[1]": as the fields of the request's JSON. */
    private static String fieldOf(Path path) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            if (node.isInIterable()) {
                field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        return field.isEmpty() ? "request" : field.toString();
    }
}
