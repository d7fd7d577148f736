package org.learnpath.rest;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Thrown by domain code to answer with a specific problem. It carries no framework types so that
 * service classes can throw it without depending on JAX-RS.
 */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final int status;
    private final List<Problem.FieldError> errors;
    private final Map<String, Object> extensions;
    private final Duration retryAfter;

    public ProblemException(ProblemType type, int status, String detail) {
        this(type, status, detail, List.of(), Map.of());
    }

    public ProblemException(ProblemType type, int status, String detail, List<Problem.FieldError> errors,
            Map<String, Object> extensions) {
        this(type, status, detail, errors, extensions, null);
    }

    private ProblemException(ProblemType type, int status, String detail, List<Problem.FieldError> errors,
            Map<String, Object> extensions, Duration retryAfter) {
        super(detail, null, false, false);
        this.type = type;
        this.status = status;
        this.errors = List.copyOf(errors);
        this.extensions = Map.copyOf(extensions);
        this.retryAfter = retryAfter;
    }

    /** 503: nothing was done, and the same request may succeed once {@code retryAfter} has passed (Retry-After). */
    public static ProblemException unavailable(String detail, Duration retryAfter) {
        return new ProblemException(ProblemType.HTTP, 503, detail, List.of(), Map.of(), retryAfter);
    }

    public static ProblemException notFound(String what, String id) {
        return new ProblemException(ProblemType.NOT_FOUND, 404, what + " '" + id + "' does not exist");
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(ProblemType.CONFLICT, 409, detail);
    }

    public static ProblemException invalid(List<Problem.FieldError> errors) {
        return new ProblemException(ProblemType.VALIDATION, 400,
                errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
                        : errors.size() + " fields are not valid",
                errors, Map.of());
    }

    public static ProblemException invalid(String field, String message) {
        return invalid(List.of(new Problem.FieldError(field, message)));
    }

    public Problem toProblem() {
        return new Problem(type.uri(), type.title(), status, getMessage(), null, errors, extensions);
    }

    public int status() {
        return status;
    }

    /** How long a client should wait before sending the request again, when that is known. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
