package org.learnpath.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a checkout without a packaged portal gets: a clear refusal that names the missing jar, nothing started. */
class LocalSystemTest {

    @TempDir
    Path repo;

    @Test
    void aMissingPortalJarIsNamedWhenEveryApplicationIsRequired() throws Exception {
        Files.createDirectories(repo.resolve("deploy/keycloak"));
        Files.writeString(repo.resolve("deploy/keycloak/learnpath-realm.json"), "{}");
        for (String service : LocalSystem.SERVICES) {
            Path jar = repo.resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
            Files.createDirectories(jar.getParent());
            Files.writeString(jar, "");
        }
        LocalSystem system = LocalSystem.create(new LocalSystem.Options().repoRoot(repo).dataDir(repo.resolve("data"))
                .ports(PortPlan.fromBase(41000)).keycloak(false).requireAllServices(true));
        try {
            assertThatThrownBy(system::start).isInstanceOf(LaunchException.class)
                    .hasMessageContaining("not built: portal/target/quarkus-app/quarkus-run.jar")
                    .hasMessageNotContaining("catalog-service");
        } finally {
            system.close();
        }
        assertThat(system.startedServices()).isEmpty();
    }

    @Test
    void thePortalJarIsFoundInItsModule() throws Exception {
        Files.createDirectories(repo.resolve("deploy/keycloak"));
        Files.writeString(repo.resolve("deploy/keycloak/learnpath-realm.json"), "{}");
        assertThat(RepoLayout.at(repo).quarkusRunJar(LocalSystem.PORTAL))
                .isEqualTo(repo.toAbsolutePath().normalize().resolve("portal/target/quarkus-app/quarkus-run.jar"));
    }
}
