package org.learnpath.portal.rest.embed;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Set;
import org.learnpath.portal.config.PortalConfig;
import org.learnpath.portal.model.BffResponse;
import org.learnpath.portal.service.BffRules;
import org.learnpath.portal.service.BffService;

/**
 * The embedding example: a page written as another company's portal would write it, showing the three custom
 * elements calling the services directly (CORS, bearer token) with the signed-in portal user's token. Served only
 * when {@code learnpath.portal.embed.example-enabled} is true (the local run, the e2e suite); 404 otherwise.
 */
@Path("/embed")
@Authenticated
public class EmbedResource {

    static final String SCRIPT = "embed-example/example.js";
    static final String STYLES = "embed-example/example.css";

    @CheckedTemplate(basePath = "embed")
    static class Templates {
        static native TemplateInstance example(ExamplePage page);
    }

    /** What the example page needs: where the browser reaches the two services. */
    public record ExamplePage(String assessmentUrl, String recommenderUrl) {
    }

    private final PortalConfig config;
    private final BffService bff;

    public EmbedResource(PortalConfig config, BffService bff) {
        this.config = config;
        this.bff = bff;
    }

    @GET
    @Path("/example")
    @Produces(MediaType.TEXT_HTML)
    public Response example() {
        enabled();
        String page = Templates.example(new ExamplePage(config.embed().assessmentUrl(),
                config.embed().recommenderUrl())).render();
        return Response.ok(page, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Content-Security-Policy", contentSecurityPolicy(config.embed())).build();
    }

    @GET
    @Path("/example.js")
    @Produces("text/javascript")
    public Response script() {
        enabled();
        return Response.ok(classpath(SCRIPT), "text/javascript; charset=utf-8").build();
    }

    @GET
    @Path("/example.css")
    @Produces("text/css")
    public Response styles() {
        enabled();
        return Response.ok(classpath(STYLES), "text/css; charset=utf-8").build();
    }

    /**
     * The signed-in user's access token for the example host's token provider, as JSON {@code {accessToken,
     * expiresAt}}. Only the portal's own scripts may read it (header {@link BffRules#SCRIPT_HEADER}): a page on
     * another site cannot send that header without a CORS preflight the portal never answers.
     */
    @GET
    @Path("/token")
    @Produces(MediaType.APPLICATION_JSON)
    public Response token(@HeaderParam(BffRules.SCRIPT_HEADER) String fromScript) {
        if (!config.embed().exampleEnabled()) {
            return problem(BffService.problem(404, "not-found", "Resource not found",
                    "The embedding example is not enabled."));
        }
        if (!BffRules.fromScript(fromScript)) {
            return problem(BffService.problem(403, "forbidden", "Not allowed",
                    "Only the portal's own pages may ask for the token (header " + BffRules.SCRIPT_HEADER
                            + ": 1)."));
        }
        return bff.accessToken().map(token -> Response.ok(token, MediaType.APPLICATION_JSON_TYPE).build())
                .orElseGet(() -> problem(BffService.problem(401, "unauthorized", "Authentication required",
                        "Sign in to the portal again.")));
    }

    /**
     * The example's own policy: like the portal's, but the page's script may also connect to the two services'
     * origins (and nothing else).
     */
    static String contentSecurityPolicy(PortalConfig.Embed embed) {
        Set<String> connect = new LinkedHashSet<>();
        connect.add("'self'");
        connect.add(origin(embed.assessmentUrl()));
        connect.add(origin(embed.recommenderUrl()));
        return "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src "
                + String.join(" ", connect) + "; object-src 'none'; base-uri 'self'; form-action 'self';"
                + " frame-ancestors 'none'";
    }

    static String origin(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    }

    private void enabled() {
        if (!config.embed().exampleEnabled()) {
            throw new NotFoundException();
        }
    }

    private static byte[] classpath(String name) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new NotFoundException();
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Response problem(BffResponse answer) {
        return Response.status(answer.status()).type(BffRules.PROBLEM_JSON).entity(answer.body()).build();
    }
}
