package org.learnpath.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into an RFC 9457 response. Built-in mappers of Quarkus answer some of these with
 * plain text or HTML; a priority above theirs makes every LearnPath error look the same to clients.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final int PRIORITY = jakarta.ws.rs.Priorities.USER - 100;

    @ServerExceptionMapper(priority = PRIORITY)
    public Response problem(ProblemException e, UriInfo uri) {
        Response response = respond(e.toProblem(), uri);
        // Whole seconds (RFC 9110), rounded up so that a client never comes back early.
        e.retryAfter().ifPresent(wait -> response.getHeaders().putSingle(HttpHeaders.RETRY_AFTER,
                String.valueOf(Math.max(1, (wait.toMillis() + 999) / 1000))));
        return response;
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.stream().map(err -> err.field() + ": " + err.message()).collect(Collectors.joining("; "));
        return respond(new Problem(ProblemType.VALIDATION.uri(), ProblemType.VALIDATION.title(), 400, detail, null,
                errors, Map.of()), uri);
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return malformed(e, uri);
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response jsonProcessing(JsonProcessingException e, UriInfo uri) {
        return malformed(e, uri);
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response authenticationCompletion(AuthenticationCompletionException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(problem(ProblemType.FORBIDDEN, 403, "Your roles do not allow this operation"), uri);
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        Throwable cause = e.getCause();
        if (cause instanceof JsonProcessingException json) {
            return malformed(json, uri);
        }
        if (status >= 500) {
            LOG.error("Request failed", e);
            return respond(problem(ProblemType.INTERNAL, status, "The request could not be completed"), uri);
        }
        ProblemType type = switch (status) {
            case 401 -> ProblemType.UNAUTHORIZED;
            case 403 -> ProblemType.FORBIDDEN;
            case 404 -> ProblemType.NOT_FOUND;
            default -> ProblemType.HTTP;
        };
        String title = Response.Status.fromStatusCode(status) == null ? type.title()
                : Response.Status.fromStatusCode(status).getReasonPhrase();
        Problem p = new Problem(type.uri(), title, status, e.getMessage(), null, List.of(), Map.of());
        Response.ResponseBuilder builder = Response.status(status).type(Problem.MEDIA_TYPE).entity(withInstance(p, uri));
        // Keep headers the original response promised, such as Allow on a 405.
        if (e.getResponse() != null) {
            e.getResponse().getHeaders().forEach((name, values) -> {
                if (!HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name)) {
                    values.forEach(v -> builder.header(name, v));
                }
            });
        }
        return builder.build();
    }

    @ServerExceptionMapper(priority = PRIORITY + 1)
    public Response unexpected(Throwable e, UriInfo uri) {
        if (clientWentAway(e)) {
            // The client closed the connection before its body was read (a timeout on its side): nobody gets this
            // response, and it is not a server failure to alert on.
            LOG.debugf("Client went away during %s: %s", uri.getPath(), e.getMessage());
            return respond(problem(ProblemType.MALFORMED_BODY, 400, "The request body was not received completely"),
                    uri);
        }
        LOG.error("Unexpected failure", e);
        return respond(problem(ProblemType.INTERNAL, 500, "The request could not be completed"), uri);
    }

    private static boolean clientWentAway(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.nio.channels.ClosedChannelException
                    || t instanceof io.vertx.core.http.StreamResetException
                    || (t instanceof java.io.IOException && t.getMessage() != null
                            && t.getMessage().contains("Connection reset"))) {
                return true;
            }
        }
        return false;
    }

    private static Response malformed(JsonProcessingException e, UriInfo uri) {
        String field = e instanceof JsonMappingException mapping ? pathOf(mapping) : "";
        String reason = e.getOriginalMessage() == null ? "invalid JSON" : firstLine(e.getOriginalMessage());
        List<Problem.FieldError> errors = field.isEmpty() ? List.of() : List.of(new Problem.FieldError(field, reason));
        String detail = field.isEmpty() ? "Body is not valid JSON: " + reason : "Field '" + field + "': " + reason;
        return respond(new Problem(ProblemType.MALFORMED_BODY.uri(), ProblemType.MALFORMED_BODY.title(), 400, detail,
                null, errors, Map.of()), uri);
    }

    private static Response unauthenticated(UriInfo uri) {
        return Response.status(401)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .type(Problem.MEDIA_TYPE)
                .entity(withInstance(problem(ProblemType.UNAUTHORIZED, 401, "A valid bearer token is required"), uri))
                .build();
    }

    private static Problem problem(ProblemType type, int status, String detail) {
        return new Problem(type.uri(), type.title(), status, detail, null, List.of(), Map.of());
    }

    private static Response respond(Problem problem, UriInfo uri) {
        return Response.status(problem.getStatus()).type(Problem.MEDIA_TYPE).entity(withInstance(problem, uri)).build();
    }

    private static Problem withInstance(Problem problem, UriInfo uri) {
        if (uri == null) {
            return problem;
        }
        try {
            return problem.withInstance(URI.create(uri.getRequestUri().getRawPath()));
        } catch (RuntimeException e) {
            return problem;
        }
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** Jackson's messages carry source excerpts after the first line: those may echo large inputs back. */
    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        String line = newline < 0 ? message : message.substring(0, newline);
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }

    /**
     * "create.body.resources[1].url" becomes "resources[1].url": the Java method and parameter names are not
     * part of the API. A query or path parameter keeps its own name.
     */
    private static String fieldOf(ConstraintViolation<?> violation) {
        String parameter = null;
        StringBuilder field = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (kind != ElementKind.PROPERTY && kind != ElementKind.CONTAINER_ELEMENT && kind != ElementKind.BEAN) {
                continue;
            }
            if (node.isInIterable()) {
                field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            if (kind == ElementKind.PROPERTY && node.getName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        if (!field.isEmpty()) {
            return field.toString();
        }
        return parameter != null ? parameter : "request";
    }
}
