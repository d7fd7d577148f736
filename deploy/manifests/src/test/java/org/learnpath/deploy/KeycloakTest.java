package org.learnpath.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.learnpath.deploy.KustomizeOutput.Resource;

/**
 * The Keycloak of each overlay against deploy/keycloak/learnpath-realm.json: the demo imports that realm as it is;
 * production imports its roles and clients only, and publishes Keycloak and the APIs over TLS.
 */
class KeycloakTest {

    static final String KEYCLOAK_SERVICE = "keycloak-service";

    static Set<String> names(JsonNode array, String field) {
        Set<String> names = new TreeSet<>();
        Tree.list(array).forEach(n -> names.add(Tree.text(n.path(field))));
        return names;
    }

    static JsonNode realmImport(Overlay overlay) {
        List<Resource> imports = overlay.output().ofKind("KeycloakRealmImport");
        assertThat(imports).as("%s realm imports", overlay).hasSize(1);
        Resource realmImport = imports.get(0);
        assertThat(overlay.output().find("Keycloak", Tree.text(realmImport.spec().path("keycloakCRName"))))
                .as("%s: the Keycloak the import names", overlay).isPresent();
        return realmImport.spec().path("realm");
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void theRealmHasTheRolesAndClientsOfTheRealmFile(Overlay overlay) {
        JsonNode file = Repo.realm();
        JsonNode realm = realmImport(overlay);
        assertThat(Tree.text(realm.path("realm"))).isEqualTo(Tree.text(file.path("realm"))).isEqualTo("learnpath");
        assertThat(names(realm.at("/roles/realm"), "name")).isEqualTo(names(file.at("/roles/realm"), "name"));
        assertThat(names(realm.path("clients"), "clientId")).isEqualTo(names(file.path("clients"), "clientId"));
        for (JsonNode client : Tree.list(realm.path("clients"))) {
            assertThat(Tree.list(client.path("protocolMappers"))).as("%s: %s audience mapper", overlay,
                    Tree.text(client.path("clientId"))).anySatisfy(m -> assertThat(
                    Tree.text(m.at("/config/included.custom.audience"))).isEqualTo("learnpath-api"));
        }
    }

    @Test
    void theDemoImportsTheRealmFileAsItIs() {
        JsonNode file = Repo.realm();
        JsonNode realm = realmImport(Overlay.DEMO);
        assertThat(names(realm.path("users"), "username")).isEqualTo(names(file.path("users"), "username"));
        assertThat(realm).isEqualTo(file);
    }

    @Test
    void productionImportsNoUsersNoSecretsAndNoPasswordGrant() {
        JsonNode realm = realmImport(Overlay.PRODUCTION);
        Resource realmImport = Overlay.PRODUCTION.output().ofKind("KeycloakRealmImport").get(0);
        assertThat(Tree.list(realm.path("users"))).as("production realm users").isEmpty();
        assertThat(realm.path("bruteForceProtected").asBoolean(false)).as("brute-force protection").isTrue();
        assertThat(realm.path("sslRequired").asText("external")).isIn("external", "all");
        Pattern placeholder = Pattern.compile("\\$\\{([A-Za-z0-9_]+)}");
        for (JsonNode client : Tree.list(realm.path("clients"))) {
            String id = Tree.text(client.path("clientId"));
            if (client.path("publicClient").asBoolean(false)) {
                assertThat(client.path("directAccessGrantsEnabled").asBoolean(false)).as("%s password grant", id)
                        .isFalse();
                assertThat(client.path("implicitFlowEnabled").asBoolean(false)).as("%s implicit flow", id).isFalse();
                Tree.list(client.path("redirectUris")).forEach(u -> assertThat(u.asText()).as("%s redirect", id)
                        .startsWith("https://"));
            }
            if (client.has("secret")) {
                Matcher m = placeholder.matcher(Tree.text(client.path("secret")));
                assertThat(m.matches()).as("%s secret must be a ${PLACEHOLDER} filled from a Secret", id).isTrue();
                assertThat(Tree.text(realmImport.spec().at("/placeholders/" + m.group(1) + "/secret/name")))
                        .as("%s: placeholder %s from a Secret", id, m.group(1)).isNotBlank();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void servicesFetchKeysFromTheInClusterKeycloak(Overlay overlay) {
        Resource keycloak = overlay.output().get("Keycloak", "keycloak");
        int port = keycloak.at("/spec/http/httpPort").asInt(8080);
        for (String service : Repo.SERVICES) {
            assertThat(Workloads.value(overlay.output(), Workloads.container(overlay.output(), service),
                    "OIDC_AUTH_SERVER_URL")).as("%s: %s OIDC_AUTH_SERVER_URL", overlay, service)
                    .contains("http://" + KEYCLOAK_SERVICE + ":" + port + "/realms/" + Tree.text(Repo.realm().path("realm")));
        }
        assertThat(keycloak.at("/spec/hostname/backchannelDynamic").asBoolean(false)).as("%s backchannelDynamic", overlay)
                .isTrue();
    }

    /** Keycloak and the three APIs over HTTPS, through the ingress controller. */
    @Test
    void productionPublishesKeycloakAndTheApisOverTls() {
        KustomizeOutput output = Overlay.PRODUCTION.output();
        Resource keycloak = output.get("Keycloak", "keycloak");
        assertThat(Tree.text(keycloak.at("/spec/hostname/hostname"))).startsWith("https://");
        assertThat(keycloak.at("/spec/ingress/enabled").asBoolean(true)).as("Keycloak ingress").isTrue();
        assertThat(Tree.text(keycloak.at("/spec/ingress/tlsSecret"))).as("Keycloak ingress TLS").isNotBlank();
        for (String service : Repo.SERVICES) {
            assertThat(output.ofKind("Ingress")).as("a TLS ingress for %s", service).anySatisfy(ingress -> {
                JsonNode rule = Tree.list(ingress.spec().path("rules")).stream().filter(r -> Tree.list(
                        r.at("/http/paths")).stream().anyMatch(p -> service.equals(
                        Tree.text(p.at("/backend/service/name"))))).findFirst().orElseThrow();
                String host = Tree.text(rule.path("host"));
                assertThat(Tree.list(ingress.spec().path("tls"))).as("TLS for %s", host).anySatisfy(tls ->
                        assertThat(Tree.list(tls.path("hosts")).stream().map(JsonNode::asText).toList()).contains(host));
                for (JsonNode path : Tree.list(rule.at("/http/paths"))) {
                    JsonNode port = path.at("/backend/service/port");
                    assertThat(port.has("name") ? Tree.text(port.path("name")) : port.path("number").asText())
                            .as("%s ingress port: the API port only", service)
                            .isIn("http", String.valueOf(ServiceConfig.of(service).httpPort()));
                }
            });
        }
    }

    @Test
    void theDemoExposesNothing() {
        KustomizeOutput output = Overlay.DEMO.output();
        assertThat(output.ofKind("Ingress")).isEmpty();
        assertThat(output.get("Keycloak", "keycloak").at("/spec/ingress/enabled").asBoolean(true)).isFalse();
    }
}
