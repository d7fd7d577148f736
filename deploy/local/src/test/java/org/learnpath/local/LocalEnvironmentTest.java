package org.learnpath.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** What each application reads from its environment, as the local system sets it (the portal contract's names). */
class LocalEnvironmentTest {

    private static final String ISSUER = "http://localhost:8180/realms/learnpath";

    @Test
    void thePortalSignsInAsTheWebClientAndCallsTheServicesOnTheirPorts() {
        assertThat(LocalEnvironment.of(LocalSystem.PORTAL, PortPlan.defaults(), ISSUER)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "OIDC_AUTH_SERVER_URL", ISSUER,
                "PORTAL_OIDC_CLIENT_ID", "learnpath-web",
                "PORTAL_OIDC_CLIENT_SECRET", "learnpath-web-secret",
                "CATALOG_URL", "http://localhost:8081",
                "ASSESSMENT_URL", "http://localhost:8082",
                "RECOMMENDER_URL", "http://localhost:8083",
                "PORTAL_BROWSER_ASSESSMENT_URL", "http://localhost:8082",
                "PORTAL_BROWSER_RECOMMENDER_URL", "http://localhost:8083",
                "PORTAL_EMBED_EXAMPLE_ENABLED", "true"));
    }

    @Test
    void theServicesAllowThePortalsTwoOriginsCrossOrigin() {
        for (String service : LocalSystem.SERVICES) {
            assertThat(LocalEnvironment.of(service, PortPlan.defaults(), ISSUER)).containsExactlyEntriesOf(
                    Map.of("LEARNPATH_CORS_ORIGINS", "http://localhost:8084,http://127.0.0.1:8084"));
        }
    }

    /** A second system (the end-to-end suite's) points its portal at its own services and its own portal port. */
    @Test
    void aSecondSystemUsesItsOwnPorts() {
        PortPlan plan = PortPlan.fromBase(18300);
        Map<String, String> portal = LocalEnvironment.of(LocalSystem.PORTAL, plan, "http://localhost:18300/realms/learnpath");
        assertThat(portal).containsEntry("CATALOG_URL", "http://localhost:18305")
                .containsEntry("ASSESSMENT_URL", "http://localhost:18306")
                .containsEntry("RECOMMENDER_URL", "http://localhost:18307")
                .containsEntry("PORTAL_BROWSER_RECOMMENDER_URL", "http://localhost:18307")
                .containsEntry("OIDC_AUTH_SERVER_URL", "http://localhost:18300/realms/learnpath");
        assertThat(LocalEnvironment.of(LocalSystem.CATALOG, plan, "unused"))
                .containsEntry("LEARNPATH_CORS_ORIGINS", "http://localhost:18311,http://127.0.0.1:18311");
    }
}
