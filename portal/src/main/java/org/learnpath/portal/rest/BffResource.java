package org.learnpath.portal.rest;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Encoded;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.learnpath.portal.model.BffResponse;
import org.learnpath.portal.service.BffRules;
import org.learnpath.portal.service.BffService;

/**
 * The same-origin proxy of the portal's scripts: {@code /bff/{service}/api/...} goes to that service's
 * {@code /api/...} with the signed-in user's access token. Only the portal's own scripts may use it: they send
 * {@link BffRules#SCRIPT_HEADER}, which a form, link or image on another site cannot (and a script on another site
 * could only after a CORS preflight the portal never allows). The service's status, body and the headers the script
 * needs come back unchanged, errors included (problem documents the scripts read).
 */
@Path("/bff/{service}/{path: .+}")
@Authenticated
public class BffResource {

    private final BffService bff;

    public BffResource(BffService bff) {
        this.bff = bff;
    }

    @GET
    public CompletionStage<Response> get(@PathParam("service") String service,
            @Encoded @PathParam("path") String path, @Context UriInfo uri, @Context HttpHeaders headers) {
        return forward("GET", service, path, uri, headers, null);
    }

    @POST
    public CompletionStage<Response> post(@PathParam("service") String service,
            @Encoded @PathParam("path") String path, @Context UriInfo uri, @Context HttpHeaders headers, byte[] body) {
        return forward("POST", service, path, uri, headers, body);
    }

    @PUT
    public CompletionStage<Response> put(@PathParam("service") String service,
            @Encoded @PathParam("path") String path, @Context UriInfo uri, @Context HttpHeaders headers, byte[] body) {
        return forward("PUT", service, path, uri, headers, body);
    }

    private CompletionStage<Response> forward(String method, String service, String path, UriInfo uri,
            HttpHeaders headers, byte[] body) {
        if (!BffRules.fromScript(headers.getHeaderString(BffRules.SCRIPT_HEADER))) {
            return CompletableFuture.completedFuture(response(BffService.problem(403, "forbidden", "Not allowed",
                    "Only the portal's own pages may use this address (header " + BffRules.SCRIPT_HEADER
                            + ": 1).")));
        }
        String query;
        try {
            query = uri.getRequestUri().getRawQuery();
        } catch (IllegalArgumentException malformed) {
            return CompletableFuture.completedFuture(response(BffService.problem(400, "bad-request",
                    "Malformed address", "The query string is not a valid URI query.")));
        }
        return bff.forward(method, service, path, query, headers.getRequestHeaders(), body)
                .thenApply(BffResource::response);
    }

    static Response response(BffResponse answer) {
        Response.ResponseBuilder response = Response.status(answer.status());
        answer.headers().forEach((name, values) -> values.forEach(value -> response.header(name, value)));
        if (answer.body().length > 0) {
            response.entity(answer.body());
        }
        return response.build();
    }
}
