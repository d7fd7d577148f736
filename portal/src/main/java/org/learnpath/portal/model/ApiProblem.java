package org.learnpath.portal.model;

import java.util.List;
import java.util.Map;

/**
 * A service refused a call (an RFC 9457 problem document) or could not be reached. Pages show its title, detail and
 * field errors as readable text, never the raw document.
 */
public class ApiProblem extends RuntimeException {

    private final int status;
    private final String title;
    private final String detail;
    private final Map<String, String> fieldErrors;
    private final List<String> cycle;
    private final List<ItemWarning> lint;

    public ApiProblem(int status, String title, String detail, Map<String, String> fieldErrors, List<String> cycle) {
        this(status, title, detail, fieldErrors, cycle, null);
    }

    public ApiProblem(int status, String title, String detail, Map<String, String> fieldErrors, List<String> cycle,
            List<ItemWarning> lint) {
        super(status + " " + title + (detail == null ? "" : ": " + detail));
        this.status = status;
        this.title = title;
        this.detail = detail;
        this.fieldErrors = fieldErrors == null ? Map.of() : Map.copyOf(fieldErrors);
        this.cycle = cycle == null ? List.of() : List.copyOf(cycle);
        this.lint = lint == null ? List.of() : List.copyOf(lint);
    }

    public static ApiProblem unavailable(String service) {
        return new ApiProblem(503, "Service unavailable",
                "The " + service + " service did not answer. Please try again in a moment.", null, null);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return detail;
    }

    /** Field name (as in the service's request body) to message. */
    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }

    /** The prerequisite cycle a refused module edit would have made, as module slugs; empty otherwise. */
    public List<String> cycle() {
        return cycle;
    }

    /**
     * What the item linter found broken in a refused item, with each finding's full path in the item (the field
     * errors keep only a field's last name); empty otherwise.
     */
    public List<ItemWarning> lint() {
        return lint;
    }

    public boolean isStale() {
        return status == 412;
    }
}
