package org.learnpath.rest;

import java.net.URI;

/** The problem types LearnPath services answer with; clients may switch on them. */
public enum ProblemType {
    VALIDATION("validation", "Request is not valid"),
    MALFORMED_BODY("malformed-body", "Request body cannot be read"),
    NOT_FOUND("not-found", "Resource not found"),
    CONFLICT("conflict", "Request conflicts with the current state"),
    PREREQUISITE_CYCLE("prerequisite-cycle", "Prerequisites would form a cycle"),
    PRECONDITION_FAILED("precondition-failed", "Resource has changed"),
    PRECONDITION_REQUIRED("precondition-required", "If-Match header is required"),
    UNAUTHORIZED("unauthorized", "Authentication required"),
    FORBIDDEN("forbidden", "Not allowed"),
    ORGANIZATION_REQUIRED("organization-required", "The token names no organization"),
    PLACEMENT_TOO_LARGE("placement-too-large", "The goal has too many knowledge states for a placement assessment"),
    HTTP("http", "Request cannot be served"),
    INTERNAL("internal", "Internal error");

    private final URI uri;
    private final String title;

    ProblemType(String name, String title) {
        this.uri = URI.create("urn:learnpath:problem:" + name);
        this.title = title;
    }

    public URI uri() {
        return uri;
    }

    public String title() {
        return title;
    }
}
