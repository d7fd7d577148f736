package org.learnpath.local;

import java.net.http.HttpResponse;

/**
 * One real request through the whole chain (Keycloak token, bearer check, database read), so "started" also means
 * "works together"; and the portal's public landing page, which a person opens first.
 */
final class SmokeCheck {

    private SmokeCheck() {
    }

    static void run(LocalSystem system, boolean catalogRunning, boolean portalRunning) {
        if (portalRunning) {
            portal(system.portalUrl() + "/");
        }
        if (!system.keycloakStarted()) {
            Console.info("Smoke check: skipped (Keycloak not started)");
            return;
        }
        String token;
        try {
            token = Http.passwordGrantToken(system.tokenUrl(), "learnpath-portal", "alice", "learnpath");
            Console.info("Smoke check: token for alice from learnpath-portal ... OK");
        } catch (Exception e) {
            Console.info("Smoke check: token for alice from learnpath-portal ... FAILED (" + e.getMessage() + ")");
            return;
        }
        if (!catalogRunning) {
            Console.info("Smoke check: GET /api/modules skipped (catalog-service not running)");
            return;
        }
        String url = system.serviceUrl(LocalSystem.CATALOG) + "/api/modules?size=1";
        try {
            HttpResponse<String> response = Http.get(url, token);
            String verdict = response.statusCode() == 200 ? "OK" : "FAILED";
            Console.info("Smoke check: GET " + url + " as alice ... " + verdict + " (" + response.statusCode() + ")");
        } catch (Exception e) {
            Console.info("Smoke check: GET " + url + " as alice ... FAILED (" + e.getMessage() + ")");
        }
    }

    private static void portal(String url) {
        try {
            int status = Http.get(url, null).statusCode();
            Console.info("Smoke check: GET " + url + " ... " + (status == 200 ? "OK" : "FAILED") + " (" + status + ")");
        } catch (Exception e) {
            Console.info("Smoke check: GET " + url + " ... FAILED (" + e.getMessage() + ")");
        }
    }
}
