package org.learnpath.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.learnpath.deploy.KustomizeOutput.Resource;

/** No overlay deploys an OpenTelemetry collector, so none exports traces by default. */
class TelemetryTest {

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void openTelemetryIsOffByDefault(Overlay overlay) {
        for (String service : Repo.SERVICES) {
            assertThat(Workloads.value(overlay.output(), Workloads.container(overlay.output(), service),
                    "OTEL_SDK_DISABLED")).as("%s: %s OTEL_SDK_DISABLED", overlay, service).contains("true");
            assertThat(ServiceConfig.of(service).require("quarkus.otel.sdk.disabled")).contains("OTEL_SDK_DISABLED");
        }
        for (Resource keycloak : overlay.output().ofKind("Keycloak")) {
            assertThat(keycloak.at("/spec/tracing/enabled").asBoolean(false)).as("%s: Keycloak tracing", overlay)
                    .isFalse();
        }
    }
}
