package org.learnpath.testinfra;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Points quarkus-oidc at the {@link TestIssuer}, which signs the tokens made by {@link TestTokens}. */
public class OidcIssuerResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("quarkus.oidc.auth-server-url", TestIssuer.shared().issuerUrl());
    }

    @Override
    public void stop() {
        // The issuer lives for the whole JVM: tokens minted for one test class stay verifiable in the next.
    }
}
