package org.learnpath.assessment.rest;

/** Descriptions of the problem responses the OpenAPI document lists for several operations, in one place. */
final class ProblemResponses {

    static final String PROBLEM_JSON = "application/problem+json";

    static final String ORGANIZATION_REQUIRED = "The token names no organization (problem type organization-required):"
            + " a learner's data belongs to an organization";

    static final String NO_SUCH_SESSION = "No session with this id of the caller in the caller's organization: another"
            + " learner's, or another organization's, answers exactly as an unknown id";

    private ProblemResponses() {
    }
}
