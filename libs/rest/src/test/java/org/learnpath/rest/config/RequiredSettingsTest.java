package org.learnpath.rest.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The configuration as a service's application.properties sets it, loaded with and without the secret. */
class RequiredSettingsTest {

    private static final String VARIABLE = "LEARNPATH_TEST_NEVER_SET_PASSWORD";

    private static final Map<String, String> APPLICATION = Map.of(
            "%dev.quarkus.datasource.password", "learnpath",
            "%prod.quarkus.datasource.password", "${" + VARIABLE + "}",
            "%prod.learnpath.required.database-password", "${quarkus.datasource.password}");

    private static SmallRyeConfig load(String profile, Map<String, String> overrides) {
        return new SmallRyeConfigBuilder()
                .addDefaultInterceptors()
                .withProfile(profile)
                .withSources(new PropertiesConfigSource(APPLICATION, "application.properties", 250))
                // As the local launcher passes it: a system property, above application.properties.
                .withSources(new PropertiesConfigSource(overrides, "system properties", 400))
                .withMapping(RequiredSettings.class)
                .build();
    }

    @Test
    void productionWithoutTheVariableDoesNotLoadAndNamesIt() {
        assertThat(System.getenv(VARIABLE)).isNull();
        assertThatThrownBy(() -> load("prod", Map.of()))
                .hasStackTraceContaining("SRCFG00011")
                .hasStackTraceContaining(VARIABLE)
                .hasStackTraceContaining("quarkus.datasource.password");
    }

    @Test
    void quarkusAloneWouldStartWithoutAPassword() {
        // Why RequiredSettings exists: read as optional, the unset variable is simply no password.
        SmallRyeConfig config = new SmallRyeConfigBuilder().addDefaultInterceptors().withProfile("prod")
                .withSources(new PropertiesConfigSource(APPLICATION, "application.properties", 250)).build();
        assertThat(config.getOptionalValue("quarkus.datasource.password", String.class)).isEqualTo(Optional.empty());
    }

    @Test
    void productionWithThePasswordGivenLoads() {
        Map<String, String> overrides = new HashMap<>();
        overrides.put("quarkus.datasource.password", "from-the-launcher");
        SmallRyeConfig config = load("prod", overrides);
        assertThat(config.getConfigMapping(RequiredSettings.class).settings())
                .containsEntry("database-password", "from-the-launcher");
    }

    @Test
    void otherProfilesRequireNothing() {
        assertThat(load("dev", Map.of()).getConfigMapping(RequiredSettings.class).settings()).isEmpty();
        assertThat(load("test", Map.of()).getConfigMapping(RequiredSettings.class).settings()).isEmpty();
    }
}
