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
    /** The portal's client: confidential, authorization code with PKCE. */
    static final String PORTAL_CLIENT = "learnpath-web";
    /**
     * Clients of the demo alone: the second demo organization's integration, there to show that organizations are
     * kept apart. A production realm's further integrations are its deployer's, one client per organization.
     */
    static final Set<String> DEMO_ONLY_CLIENTS = Set.of("globex-integration");

    static JsonNode client(JsonNode realm, String clientId) {
        return Tree.list(realm.path("clients")).stream().filter(c -> clientId.equals(Tree.text(c.path("clientId"))))
                .findFirst().orElseThrow(() -> new AssertionError("no client " + clientId + " in the realm"));
    }

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
        Set<String> clients = names(file.path("clients"), "clientId");
        if (overlay == Overlay.PRODUCTION) {
            clients.removeAll(DEMO_ONLY_CLIENTS);
        }
        assertThat(names(realm.path("clients"), "clientId")).isEqualTo(clients);
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

    /**
     * The portal signs users in with the authorization code flow and PKCE only, as a confidential client, and its
     * tokens are for the APIs; the portal's Deployment reads the client id and the secret the realm has.
     */
    @ParameterizedTest
    @EnumSource(Overlay.class)
    void thePortalSignsInAsAConfidentialClientWithTheCodeFlowAndPkceOnly(Overlay overlay) {
        KustomizeOutput output = overlay.output();
        JsonNode client = client(realmImport(overlay), PORTAL_CLIENT);
        assertThat(client.path("publicClient").asBoolean(true)).as("%s: %s public", overlay, PORTAL_CLIENT).isFalse();
        assertThat(Tree.text(client.path("clientAuthenticatorType"))).isEqualTo("client-secret");
        assertThat(client.path("standardFlowEnabled").asBoolean(false)).as("code flow").isTrue();
        assertThat(client.path("directAccessGrantsEnabled").asBoolean(true)).as("password grant").isFalse();
        assertThat(client.path("implicitFlowEnabled").asBoolean(true)).as("implicit flow").isFalse();
        assertThat(client.path("serviceAccountsEnabled").asBoolean(false)).as("client credentials").isFalse();
        assertThat(Tree.text(client.at("/attributes/pkce.code.challenge.method"))).isEqualTo("S256");
        assertThat(Tree.list(client.path("redirectUris"))).isNotEmpty();
        assertThat(Tree.text(client.at("/attributes/post.logout.redirect.uris"))).isNotBlank();
        JsonNode container = Workloads.container(output, Repo.PORTAL);
        assertThat(Workloads.value(output, container, "PORTAL_OIDC_CLIENT_ID")).contains(PORTAL_CLIENT);
        Workloads.EnvSource secret = Workloads.env(output, container).get("PORTAL_OIDC_CLIENT_SECRET");
        assertThat(secret).as("%s: the portal's PORTAL_OIDC_CLIENT_SECRET", overlay).isNotNull();
        assertThat(secret.fromSecret()).as("%s: PORTAL_OIDC_CLIENT_SECRET from a Secret", overlay).isTrue();
        if (overlay == Overlay.DEMO) {
            Resource generated = output.get("Secret", secret.secret());
            assertThat(Workloads.secretValues(generated).get(secret.key())).as("demo: the portal's secret is the realm's")
                    .isEqualTo(Tree.text(client.path("secret")));
        } else {
            // The realm import and the portal read one Secret: the client's secret cannot differ between them.
            Matcher m = Pattern.compile("\\$\\{([A-Za-z0-9_]+)}").matcher(Tree.text(client.path("secret")));
            assertThat(m.matches()).as("production: %s secret is a placeholder", PORTAL_CLIENT).isTrue();
            JsonNode placeholder = output.ofKind("KeycloakRealmImport").get(0).spec().at("/placeholders/" + m.group(1)
                    + "/secret");
            assertThat(Tree.text(placeholder.path("name"))).isEqualTo(secret.secret());
            assertThat(Tree.text(placeholder.path("key"))).isEqualTo(secret.key());
        }
    }

    /** Production: the portal client sends browsers back only to the portal's own HTTPS host, which its ingress serves. */
    @Test
    void productionRedirectsOnlyToThePortalsHost() {
        KustomizeOutput output = Overlay.PRODUCTION.output();
        Set<String> hosts = new TreeSet<>();
        for (Resource ingress : output.ofKind("Ingress")) {
            for (JsonNode rule : Tree.list(ingress.spec().path("rules"))) {
                boolean portal = Tree.list(rule.at("/http/paths")).stream()
                        .anyMatch(p -> Repo.PORTAL.equals(Tree.text(p.at("/backend/service/name"))));
                if (portal) {
                    hosts.add(Tree.text(rule.path("host")));
                }
            }
        }
        assertThat(hosts).as("the portal's ingress hosts").hasSize(1);
        String origin = "https://" + hosts.iterator().next();
        JsonNode client = client(realmImport(Overlay.PRODUCTION), PORTAL_CLIENT);
        assertThat(Tree.list(client.path("redirectUris"))).extracting(JsonNode::asText).containsExactly(origin + "/*");
        assertThat(Tree.text(client.at("/attributes/post.logout.redirect.uris"))).isEqualTo(origin + "/*");
        assertThat(Tree.list(client.path("webOrigins"))).extracting(JsonNode::asText).allSatisfy(o ->
                assertThat(o).isIn("+", origin));
    }

    /** The local launcher, compose and the demo realm agree on the portal's demo client. */
    @Test
    void theLocalRunsSignInWithTheDemoRealmsPortalClient() {
        JsonNode client = client(Repo.realm(), PORTAL_CLIENT);
        assertThat(org.learnpath.local.LauncherEnvironment.portal()).containsEntry("PORTAL_OIDC_CLIENT_ID",
                PORTAL_CLIENT).containsEntry("PORTAL_OIDC_CLIENT_SECRET", Tree.text(client.path("secret")));
        assertThat(Tree.list(client.path("redirectUris"))).extracting(JsonNode::asText)
                .contains("http://localhost:*", "http://127.0.0.1:*");
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void servicesFetchKeysFromTheInClusterKeycloak(Overlay overlay) {
        Resource keycloak = overlay.output().get("Keycloak", "keycloak");
        int port = keycloak.at("/spec/http/httpPort").asInt(8080);
        for (String service : Repo.APPLICATIONS) {
            assertThat(Workloads.value(overlay.output(), Workloads.container(overlay.output(), service),
                    "OIDC_AUTH_SERVER_URL")).as("%s: %s OIDC_AUTH_SERVER_URL", overlay, service)
                    .contains("http://" + KEYCLOAK_SERVICE + ":" + port + "/realms/" + Tree.text(Repo.realm().path("realm")));
        }
        assertThat(keycloak.at("/spec/hostname/backchannelDynamic").asBoolean(false)).as("%s backchannelDynamic", overlay)
                .isTrue();
    }

    /** Keycloak, the three APIs and the portal over HTTPS, through the ingress controller. */
    @Test
    void productionPublishesKeycloakAndTheApisOverTls() {
        KustomizeOutput output = Overlay.PRODUCTION.output();
        Resource keycloak = output.get("Keycloak", "keycloak");
        assertThat(Tree.text(keycloak.at("/spec/hostname/hostname"))).startsWith("https://");
        assertThat(keycloak.at("/spec/ingress/enabled").asBoolean(true)).as("Keycloak ingress").isTrue();
        assertThat(Tree.text(keycloak.at("/spec/ingress/tlsSecret"))).as("Keycloak ingress TLS").isNotBlank();
        for (String service : Repo.APPLICATIONS) {
            assertThat(output.ofKind("Ingress")).as("a TLS ingress for %s", service).anySatisfy(ingress -> {
                JsonNode rule = Tree.list(ingress.spec().path("rules")).stream().filter(r -> Tree.list(
                        r.at("/http/paths")).stream().anyMatch(p -> service.equals(
                        Tree.text(p.at("/backend/service/name"))))).findFirst()
                        .orElseThrow(() -> new AssertionError(ingress + " does not route to " + service));
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
