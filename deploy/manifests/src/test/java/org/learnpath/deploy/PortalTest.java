package org.learnpath.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.learnpath.deploy.KustomizeOutput.Resource;
import org.learnpath.deploy.Workloads.EnvSource;

/**
 * The portal in the cluster: its server calls the three APIs through their Services, its embedding example (which
 * hands the signed-in user's token to page scripts) runs only in the demo, and the APIs accept cross-origin calls
 * only from the origins an overlay names: the demo's port-forwarded portal, none in production unless its operator
 * sets them.
 */
class PortalTest {

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void thePortalCallsEachServiceThroughItsService(Overlay overlay) {
        KustomizeOutput output = overlay.output();
        JsonNode portal = Workloads.container(output, Repo.PORTAL);
        for (String service : Repo.SERVICES) {
            String variable = service.substring(0, service.indexOf('-')).toUpperCase(Locale.ROOT) + "_URL";
            Resource svc = output.get("Service", service);
            int port = Tree.list(svc.spec().path("ports")).get(0).path("port").asInt();
            assertThat(Workloads.value(output, portal, variable)).as("%s: portal %s", overlay, variable)
                    .contains("http://" + svc.name() + ":" + port);
        }
    }

    @Test
    void theEmbeddingExampleRunsInTheDemoOnly() {
        for (Overlay overlay : Overlay.values()) {
            KustomizeOutput output = overlay.output();
            assertThat(Workloads.value(output, Workloads.container(output, Repo.PORTAL), "PORTAL_EMBED_EXAMPLE_ENABLED")
                    .orElse("false")).as("%s: PORTAL_EMBED_EXAMPLE_ENABLED", overlay)
                    .isEqualTo(overlay == Overlay.DEMO ? "true" : "false");
        }
    }

    /**
     * Demo: the portal's origins as a browser reaches it through kubectl port-forward on its own port, so that the
     * embedding example may call the APIs (port-forwarded too, the addresses it is given). Production: empty, CORS
     * off, until the operator names the origins.
     */
    @ParameterizedTest
    @EnumSource(Overlay.class)
    void theServicesAcceptCrossOriginCallsOnlyFromTheOriginsTheOverlayNames(Overlay overlay) {
        KustomizeOutput output = overlay.output();
        int portalPort = ServiceConfig.of(Repo.PORTAL).httpPort();
        String expected = overlay == Overlay.DEMO
                ? "http://localhost:" + portalPort + ",http://127.0.0.1:" + portalPort : "";
        for (String service : Repo.SERVICES) {
            JsonNode container = Workloads.container(output, service);
            EnvSource source = Workloads.env(output, container).get("LEARNPATH_CORS_ORIGINS");
            assertThat(source).as("%s: %s LEARNPATH_CORS_ORIGINS", overlay, service).isNotNull();
            assertThat(source.configMap()).as("%s: %s origins from a ConfigMap the overlay sets", overlay, service)
                    .isNotNull();
            assertThat(Workloads.value(output, container, "LEARNPATH_CORS_ORIGINS")).as("%s: %s origins", overlay,
                    service).contains(expected);
        }
        if (overlay == Overlay.DEMO) {
            JsonNode portal = Workloads.container(output, Repo.PORTAL);
            for (String service : java.util.List.of("assessment-service", "recommender-service")) {
                String prefix = service.substring(0, service.indexOf('-')).toUpperCase(Locale.ROOT);
                assertThat(Workloads.value(output, portal, "PORTAL_BROWSER_" + prefix + "_URL"))
                        .as("demo: the browser reaches %s port-forwarded on its own port", service)
                        .contains("http://localhost:" + ServiceConfig.of(service).httpPort());
            }
        }
    }
}
