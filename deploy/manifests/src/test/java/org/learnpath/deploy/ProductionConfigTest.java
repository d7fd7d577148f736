package org.learnpath.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The services' application.properties as production reads them: defaults must not open anything. A secret with a
 * default lets a misconfigured deployment start with a well-known password instead of failing; Swagger UI and the
 * health and metrics endpoints do not belong on the public API port.
 */
class ProductionConfigTest {

    /** A reference to one environment variable or setting, without a default. */
    private static final Pattern NO_DEFAULT = Pattern.compile("\\$\\{[A-Za-z0-9_.-]+}");

    private static final String REQUIRED = "%prod.learnpath.required.";

    static Stream<String> services() {
        return Repo.SERVICES.stream();
    }

    /** The services and the portal. */
    static Stream<String> applications() {
        return Repo.APPLICATIONS.stream();
    }

    @ParameterizedTest
    @MethodSource("applications")
    void secretsThatApplyInProductionHaveNoDefault(String service) {
        Properties properties = ServiceConfig.of(service).raw();
        List<String> offenders = new ArrayList<>();
        for (String key : properties.stringPropertyNames()) {
            String name = key.toLowerCase(Locale.ROOT);
            boolean secret = name.endsWith("password") || name.endsWith("secret");
            if (secret && appliesInProduction(key)
                    && !NO_DEFAULT.matcher(properties.getProperty(key).trim()).matches()) {
                offenders.add(key + "=" + properties.getProperty(key));
            }
        }
        assertThat(offenders).as("%s: production secrets must be ${VARIABLE} with no default and no literal", service)
                .isEmpty();
    }

    /**
     * The portal has no libs/rest: its required client secret is a mandatory setting of its own PortalConfig
     * (learnpath.portal.client-secret, a String, not an Optional), which refuses to start, naming
     * PORTAL_OIDC_CLIENT_SECRET, when production has none.
     */
    @org.junit.jupiter.api.Test
    void thePortalRefusesToStartWithoutItsClientSecret() {
        Properties properties = ServiceConfig.of(Repo.PORTAL).raw();
        assertThat(properties.getProperty("%prod.quarkus.oidc.credentials.secret")).isEqualTo("${PORTAL_OIDC_CLIENT_SECRET}");
        assertThat(properties.getProperty("learnpath.portal.client-secret")).isEqualTo("${quarkus.oidc.credentials.secret}");
        assertThat(properties.stringPropertyNames()).as("no profile-less default for the client secret")
                .doesNotContain("quarkus.oidc.credentials.secret");
    }

    /**
     * Quarkus reads an unresolvable secret such as quarkus.datasource.password as absent and starts anyway: each
     * must also be listed under learnpath.required (libs/rest RequiredSettings), which refuses to start without it.
     */
    @ParameterizedTest
    @MethodSource("services")
    void everyProductionSecretIsRequired(String service) {
        Properties properties = ServiceConfig.of(service).raw();
        List<String> required = properties.stringPropertyNames().stream().filter(key -> key.startsWith(REQUIRED))
                .map(key -> properties.getProperty(key).trim()).toList();
        List<String> secrets = properties.stringPropertyNames().stream()
                .filter(key -> key.startsWith("%prod.quarkus.") || key.startsWith("quarkus."))
                .filter(key -> key.toLowerCase(Locale.ROOT).endsWith("password")
                        || key.toLowerCase(Locale.ROOT).endsWith("secret"))
                .map(key -> key.startsWith("%") ? key.substring(key.indexOf('.') + 1) : key)
                .toList();
        assertThat(secrets).as("%s production secrets", service).isNotEmpty();
        for (String secret : secrets) {
            assertThat(required).as("%s: %s must be listed as %s<name>=${%s}", service, secret, REQUIRED, secret)
                    .contains("${" + secret + "}");
        }
    }

    @ParameterizedTest
    @MethodSource("applications")
    void healthAndMetricsAreOnTheManagementInterfaceAndSwaggerUiIsNotShipped(String service) {
        Properties properties = ServiceConfig.of(service).raw();
        assertThat(properties.getProperty("quarkus.management.enabled")).as("%s management interface", service)
                .isEqualTo("true");
        ServiceConfig config = ServiceConfig.of(service);
        assertThat(config.managementPort()).as("%s management port", service).isNotEqualTo(config.httpPort());
        // Without always-include, Swagger UI is part of dev mode and tests only, never of the packaged service.
        assertThat(properties.stringPropertyNames()).as("%s", service)
                .noneMatch(key -> key.endsWith("quarkus.swagger-ui.always-include")
                        && "true".equals(properties.getProperty(key).trim()) && appliesInProduction(key));
    }

    private static boolean appliesInProduction(String key) {
        return ServiceConfig.appliesInProduction(key);
    }
}
