package org.learnpath.catalog.rest;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.learnpath.rest.IfMatch;
import org.learnpath.rest.ProblemException;
import org.learnpath.rest.ProblemType;

/** Responses that carry an entity's version as its ETag. */
final class Responses {

    private Responses() {
    }

    static Response ok(Object body, long version, Request request) {
        Response.ResponseBuilder precondition = request.evaluatePreconditions(new EntityTag(Long.toString(version)));
        if (precondition != null) {
            Response answer = precondition.header(HttpHeaders.ETAG, IfMatch.etagOf(version)).build();
            if (answer.getStatus() == Response.Status.PRECONDITION_FAILED.getStatusCode()) {
                // A read with an If-Match (or If-Unmodified-Since) that fails: the built-in answer has no body, and
                // every refusal of this API is a problem document.
                throw new ProblemException(ProblemType.PRECONDITION_FAILED, 412,
                        "The resource is at version " + IfMatch.etagOf(version) + ", which the request's preconditions exclude",
                        List.of(), Map.of("currentEtag", IfMatch.etagOf(version)));
            }
            return answer;
        }
        return Response.ok(body).header(HttpHeaders.ETAG, IfMatch.etagOf(version)).build();
    }

    static Response updated(Object body, long version) {
        return Response.ok(body).header(HttpHeaders.ETAG, IfMatch.etagOf(version)).build();
    }

    static Response created(URI location, Object body, long version) {
        return Response.created(location).entity(body).header(HttpHeaders.ETAG, IfMatch.etagOf(version)).build();
    }
}
