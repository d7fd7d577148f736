package org.learnpath.catalog.rest;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.learnpath.rest.IfMatch;

/** Responses that carry an entity's version as its ETag. */
final class Responses {

    private Responses() {
    }

    static Response ok(Object body, long version, Request request) {
        Response.ResponseBuilder notModified = request.evaluatePreconditions(new EntityTag(Long.toString(version)));
        if (notModified != null) {
            return notModified.header(HttpHeaders.ETAG, IfMatch.etagOf(version)).build();
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
