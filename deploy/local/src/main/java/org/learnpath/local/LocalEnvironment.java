package org.learnpath.local;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The environment variables each application reads in %prod, as the local system sets them: the portal's sign-in,
 * the services it calls and the addresses a browser uses, and the services' CORS origins (the portal's two local
 * origins, so that its embedding example may call the APIs from the browser). Derived from the port plan alone, so
 * that the launcher and the end-to-end suite's second system each get their own.
 */
final class LocalEnvironment {

    /** The demo realm's confidential client for the portal (deploy/keycloak/learnpath-realm.json). */
    static final String PORTAL_CLIENT_ID = "learnpath-web";
    /** DEMO ONLY: the secret the demo realm gives {@link #PORTAL_CLIENT_ID}. */
    static final String PORTAL_CLIENT_SECRET = "learnpath-web-secret";

    private LocalEnvironment() {
    }

    /** The variables for one application ({@link LocalSystem#PROCESSES}). */
    static Map<String, String> of(String application, PortPlan ports, String issuer) {
        return application.equals(LocalSystem.PORTAL) ? portal(ports, issuer) : service(ports);
    }

    static Map<String, String> service(PortPlan ports) {
        return Map.of("LEARNPATH_CORS_ORIGINS", portalOrigins(ports));
    }

    static Map<String, String> portal(PortPlan ports, String issuer) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("OIDC_AUTH_SERVER_URL", issuer);
        env.put("PORTAL_OIDC_CLIENT_ID", PORTAL_CLIENT_ID);
        env.put("PORTAL_OIDC_CLIENT_SECRET", PORTAL_CLIENT_SECRET);
        env.put("CATALOG_URL", url(ports.catalog()));
        env.put("ASSESSMENT_URL", url(ports.assessment()));
        env.put("RECOMMENDER_URL", url(ports.recommender()));
        // The browser and the portal's server are on the same machine: the same addresses.
        env.put("PORTAL_BROWSER_ASSESSMENT_URL", url(ports.assessment()));
        env.put("PORTAL_BROWSER_RECOMMENDER_URL", url(ports.recommender()));
        env.put("PORTAL_EMBED_EXAMPLE_ENABLED", "true");
        return env;
    }

    /** Both names a browser may use for the local portal: the realm's redirect URIs allow both. */
    static String portalOrigins(PortPlan ports) {
        return "http://localhost:" + ports.portal() + ",http://127.0.0.1:" + ports.portal();
    }

    private static String url(int port) {
        return "http://localhost:" + port;
    }
}
