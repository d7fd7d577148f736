package org.learnpath.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.learnpath.deploy.Manifests.at;
import static org.learnpath.deploy.Manifests.map;
import static org.learnpath.deploy.Manifests.str;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.learnpath.deploy.Manifests.Doc;

/** The Keycloak operator resources and the compose Keycloak against deploy/keycloak/learnpath-realm.json. */
class KeycloakManifestsTest {

    static List<Object> realmRoleNames(Map<String, Object> realm) {
        return Manifests.maps(Manifests.asMap(at(realm, "roles")), "realm").stream().map(r -> r.get("name")).toList();
    }

    @Test
    void realmImportMatchesTheRealmFile() {
        Map<String, Object> realmFile = Manifests.realm();
        List<Doc> imports = Manifests.ofKind("KeycloakRealmImport");
        assertThat(imports).hasSize(1);
        Doc realmImport = imports.get(0);
        assertThat(realmImport.apiVersion()).isEqualTo("k8s.keycloak.org/v2alpha1");
        Map<String, Object> realm = map(realmImport.spec(), "realm");
        assertThat(realm.get("realm")).isEqualTo(realmFile.get("realm")).isEqualTo("learnpath");
        assertThat(realmRoleNames(realm)).containsExactlyInAnyOrderElementsOf(realmRoleNames(realmFile));
        assertThat(Manifests.read(realmImport.file())).as("production warning")
                .containsIgnoringCase("demo").containsIgnoringCase("production");

        Doc keycloak = Manifests.get("Keycloak", str(realmImport.spec().get("keycloakCRName")));
        assertThat(keycloak.apiVersion()).isEqualTo("k8s.keycloak.org/v2alpha1");
    }

    @Test
    void servicesPointAtTheRealm() {
        String realm = str(Manifests.realm().get("realm"));
        for (String service : Manifests.SERVICES) {
            assertThat(str(map(Manifests.get("ConfigMap", service).content(), "data").get("OIDC_AUTH_SERVER_URL")))
                    .as("%s OIDC_AUTH_SERVER_URL", service).startsWith("http://keycloak-service:").endsWith("/realms/" + realm);
            assertThat(str(map(Manifests.composeService(service), "environment").get("OIDC_AUTH_SERVER_URL")))
                    .as("%s compose OIDC_AUTH_SERVER_URL", service).endsWith("/realms/" + realm);
        }
    }

    @Test
    void composeKeycloakImportsTheRealmFileWithThePinnedVersion() {
        Matcher version = Pattern.compile("<keycloak.version>([^<]+)</keycloak.version>")
                .matcher(Manifests.read(Manifests.REPO.resolve("pom.xml")));
        assertThat(version.find()).isTrue();
        Map<String, Object> keycloak = Manifests.composeService("keycloak");
        assertThat(str(keycloak.get("image"))).isEqualTo("quay.io/keycloak/keycloak:" + version.group(1));
        assertThat(Manifests.list(keycloak, "command")).contains("start-dev", "--import-realm");
        assertThat(Manifests.list(keycloak, "volumes")).anySatisfy(v -> assertThat(str(v))
                .startsWith("./keycloak/learnpath-realm.json:/opt/keycloak/data/import/"));
    }
}
