package org.learnpath.portal;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;
import org.learnpath.testinfra.OidcIssuerResource;

/**
 * The portal against the test OIDC issuer and {@link FakeServices}. Besides the browser's code flow (still what a
 * request without credentials gets), the tests' requests may sign in with a bearer token from TestTokens
 * ("hybrid"): the pages and the proxy then run with that user's identity, roles and access token, as after a real
 * sign-in. Every page test (learner, author, admin, proxy, embedding) uses this one profile, so that the suite starts
 * the application once.
 */
public class SignedInProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        // The test issuer's discovery document names no logout endpoint: give Keycloak's path, as the realm has it.
        return Map.of("quarkus.oidc.application-type", "hybrid",
                "quarkus.oidc.end-session-path", "protocol/openid-connect/logout",
                "learnpath.portal.embed.example-enabled", "true");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(OidcIssuerResource.class), new TestResourceEntry(FakeServices.class));
    }
}
