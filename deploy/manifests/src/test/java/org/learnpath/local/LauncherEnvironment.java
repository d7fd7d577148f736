package org.learnpath.local;

import java.util.Map;

/**
 * The environment the local launcher gives the portal (LocalEnvironment), for the manifests' checks to compare with
 * the demo realm. In the launcher's package because LocalEnvironment is package-private there.
 */
public final class LauncherEnvironment {

    private LauncherEnvironment() {
    }

    /** The portal's variables with the launcher's default ports and issuer. */
    public static Map<String, String> portal() {
        return LocalEnvironment.of(LocalSystem.PORTAL, PortPlan.defaults(), "http://localhost:8180/realms/learnpath");
    }
}
