package org.learnpath.portal.config;

import io.smallrye.config.ConfigMapping;

/** Where the portal finds the services, and what the embedding example offers. */
@ConfigMapping(prefix = "learnpath.portal")
public interface PortalConfig {

    /** The services as the portal's server reaches them (the BFF proxy forwards here). */
    Services services();

    Embed embed();

    /**
     * The confidential client's secret, required: without it production would only fail at the first sign-in, so
     * the portal refuses to start instead. Never logged or shown.
     */
    String clientSecret();

    interface Services {
        String catalog();

        String assessment();

        String recommender();
    }

    interface Embed {
        /** Serves the example host page and its token endpoint; off by default, on in the local run. */
        boolean exampleEnabled();

        /** The assessment service as a browser on the host page reaches it. */
        String assessmentUrl();

        /** The recommender service as a browser on the host page reaches it. */
        String recommenderUrl();
    }
}
