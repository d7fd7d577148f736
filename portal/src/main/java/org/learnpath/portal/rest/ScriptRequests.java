package org.learnpath.portal.rest;

import io.quarkus.oidc.JavaScriptRequestChecker;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * A call from the portal's scripts (the custom elements through the proxy, the example's token request) whose session
 * has ended gets 499 instead of a redirect to Keycloak: a fetch cannot follow a sign-in page, and every redirect would
 * leave one more sign-in state cookie behind. The scripts then ask the user to reload the page, which signs in.
 */
@ApplicationScoped
public class ScriptRequests implements JavaScriptRequestChecker {

    static final String HEADER = "X-LearnPath-Request";

    @Override
    public boolean isJavaScriptRequest(RoutingContext context) {
        return "1".equals(context.request().getHeader(HEADER));
    }
}
