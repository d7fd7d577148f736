package org.learnpath.e2e.browser;

import org.learnpath.e2e.E2e;

/** Where the suite's system serves the portal. */
final class Portal {

    /** The portal's own client in the learnpath realm (confidential, code flow with PKCE). */
    static final String CLIENT_ID = "learnpath-web";

    private Portal() {
    }

    /** The portal's base address as a browser reaches it, without a trailing slash. */
    static String baseUrl(E2e e2e) {
        return e2e.system().portalUrl().replaceAll("/+$", "");
    }
}
