package org.learnpath.catalog.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "learnpath.catalog")
public interface CatalogConfig {

    Paging paging();

    ReadModel readModel();

    interface ReadModel {
        /** How soon changes made through another instance become visible here. */
        @WithDefault("1s")
        java.time.Duration refreshInterval();
    }

    interface Paging {
        @WithDefault("20")
        int defaultSize();

        @WithDefault("100")
        int maxSize();
    }
}
