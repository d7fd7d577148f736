package org.learnpath.rest.config;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Puts {@link RequiredSettings} in every service that has this library: Quarkus loads (and so checks) only the
 * mappings some bean injects, and it does so with the rest of the configuration, before anything starts.
 */
@Startup
@ApplicationScoped
class RequiredSettingsCheck {

    RequiredSettingsCheck(RequiredSettings settings) {
    }
}
