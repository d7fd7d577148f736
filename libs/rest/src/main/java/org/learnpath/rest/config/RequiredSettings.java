package org.learnpath.rest.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithParentName;
import java.util.Map;

/**
 * Settings a service must not start without, e.g. in production its database password:
 * {@code %prod.learnpath.required.database-password=${quarkus.datasource.password}}.
 *
 * <p>Quarkus reads some secrets as optional: {@code quarkus.datasource.password=${DB_PASSWORD}} with the variable
 * unset quietly becomes "no password", and the service would start and connect without one. Every entry here is
 * resolved when the configuration is loaded, before anything connects, so a missing one stops the start with a
 * message that names the variable ("SRCFG00011: Could not expand value DB_PASSWORD in property ...").
 */
@ConfigMapping(prefix = "learnpath.required")
public interface RequiredSettings {

    /** Any name, and the value that must resolve, usually a reference to the setting itself. */
    @WithParentName
    Map<String, String> settings();
}
