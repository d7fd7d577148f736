package org.learnpath.portal.rest;

import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Set;

/**
 * Cross-site request forgery: a form or script on another site must not make the portal write with its visitor's
 * session. The session cookie is SameSite=Lax already; in addition a write whose Origin (or Fetch Metadata) names
 * another site is refused before it reaches a resource.
 */
@Provider
@PreMatching
public class SameOriginWrites implements ContainerRequestFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    public void filter(ContainerRequestContext request) {
        if (SAFE.contains(request.getMethod())) {
            return;
        }
        String site = request.getHeaderString("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin") && !site.equals("none")) {
            throw new ForbiddenException("Cross-site write refused");
        }
        String origin = request.getHeaderString("Origin");
        // "null" is what a sandboxed frame or a privacy-preserving redirect sends: not the portal, so refused too.
        if (origin != null && !sameOrigin(origin, request.getUriInfo().getBaseUri())) {
            throw new ForbiddenException("Cross-origin write refused");
        }
    }

    static boolean sameOrigin(String origin, URI base) {
        try {
            return sameOrigin(new URI(origin), base);
        } catch (URISyntaxException malformed) {
            return false;
        }
    }

    static boolean sameOrigin(URI origin, URI base) {
        return origin.getScheme() != null && origin.getScheme().equalsIgnoreCase(base.getScheme())
                && origin.getHost() != null && origin.getHost().equalsIgnoreCase(base.getHost())
                && port(origin) == port(base);
    }

    private static int port(URI uri) {
        if (uri.getPort() >= 0) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
