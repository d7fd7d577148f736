package org.learnpath.rest;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem details document. Extension members (such as the offending cycle of a refused
 * prerequisite) are flattened into the top level, as the RFC prescribes.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({ "type", "title", "status", "detail", "instance", "errors" })
public final class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";

    private final URI type;
    private final String title;
    private final int status;
    private final String detail;
    private final URI instance;
    private final List<FieldError> errors;
    private final Map<String, Object> extensions;

    public Problem(URI type, String title, int status, String detail, URI instance, List<FieldError> errors,
            Map<String, Object> extensions) {
        this.type = type;
        this.title = title;
        this.status = status;
        this.detail = detail;
        this.instance = instance;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
        this.extensions = extensions == null ? Map.of() : new LinkedHashMap<>(extensions);
    }

    public URI getType() {
        return type;
    }

    public String getTitle() {
        return title;
    }

    public int getStatus() {
        return status;
    }

    public String getDetail() {
        return detail;
    }

    public URI getInstance() {
        return instance;
    }

    public List<FieldError> getErrors() {
        return errors;
    }

    @JsonAnyGetter
    public Map<String, Object> getExtensions() {
        return extensions;
    }

    public Problem withInstance(URI newInstance) {
        return new Problem(type, title, status, detail, newInstance, errors, extensions);
    }

    /** One invalid input: where it is (a JSON path, a query parameter or a header) and what is wrong. */
    public record FieldError(String field, String message) {
    }
}
