package org.learnpath.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.learnpath.deploy.KustomizeOutput.Resource;

/**
 * Nothing of the demo realm's credentials reaches production: none of its user names or e-mail addresses, not the
 * integration client's secret, not its password ("learnpath") as any credential or Secret value, no Secret with
 * values at all (production's Secrets are created in the cluster), and no password grant on a public client. The
 * same search on the demo overlay must find them: that is what shows it can.
 */
class DemoCredentialsTest {

    /** What the demo realm file gives away, read from it. */
    record DemoSecrets(Set<String> words, Set<String> strings, Set<String> passwords) {
    }

    static DemoSecrets demoSecrets() {
        JsonNode realm = Repo.realm();
        Set<String> words = new LinkedHashSet<>();
        Set<String> strings = new LinkedHashSet<>();
        Set<String> passwords = new LinkedHashSet<>();
        for (JsonNode user : Tree.list(realm.path("users"))) {
            String username = Tree.text(user.path("username"));
            if (user.has("credentials")) {
                words.add(username); // a person of the demo, not a service account
            }
            if (user.hasNonNull("email")) {
                strings.add(Tree.text(user.path("email")));
            }
            Tree.list(user.path("credentials")).forEach(c -> passwords.add(Tree.text(c.path("value"))));
        }
        for (JsonNode client : Tree.list(realm.path("clients"))) {
            if (client.hasNonNull("secret")) {
                strings.add(Tree.text(client.path("secret")));
            }
        }
        return new DemoSecrets(words, strings, passwords);
    }

    static List<String> findings(KustomizeOutput output) {
        DemoSecrets demo = demoSecrets();
        List<String> found = new ArrayList<>();
        String text = output.yaml();
        for (String word : demo.words()) {
            if (Pattern.compile("(?i)\\b" + Pattern.quote(word) + "\\b").matcher(text).find()) {
                found.add("demo user name " + word);
            }
        }
        for (String string : demo.strings()) {
            if (text.contains(string)) {
                found.add("demo value " + string);
            }
        }
        for (Resource resource : output.resources()) {
            if (resource.kind().equals("Secret")) {
                Map<String, String> values = Workloads.secretValues(resource);
                if (!values.isEmpty()) {
                    found.add("Secret " + resource.name() + " with values " + values.keySet());
                }
                values.forEach((k, v) -> {
                    if (demo.passwords().contains(v)) {
                        found.add("Secret " + resource.name() + " " + k + " holds the demo password");
                    }
                });
            }
            Tree.scalars(resource.node()).forEach((path, value) -> {
                String key = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
                boolean credential = key.contains("password") || key.contains("secret") || path.contains("/credentials/");
                if (credential && demo.passwords().contains(value)) {
                    found.add(resource + " " + path + " holds the demo password");
                }
            });
            if (resource.kind().equals("KeycloakRealmImport")) {
                JsonNode realm = resource.at("/spec/realm");
                for (JsonNode client : Tree.list(realm.path("clients"))) {
                    if (client.path("publicClient").asBoolean(false)
                            && client.path("directAccessGrantsEnabled").asBoolean(false)) {
                        found.add("password grant on public client " + Tree.text(client.path("clientId")));
                    }
                }
                if (!realm.path("bruteForceProtected").asBoolean(false)) {
                    found.add("brute-force protection off");
                }
            }
        }
        return found;
    }

    @Test
    void productionHasNoDemoCredentials() {
        assertThat(findings(Overlay.PRODUCTION.output())).as("demo credentials in production").isEmpty();
    }

    /** The demo realm is what it is; the search must see it there, or it could not see it anywhere. */
    @Test
    void theSearchFindsThemInTheDemo() {
        DemoSecrets demo = demoSecrets();
        assertThat(demo.words()).contains("grace");
        assertThat(demo.passwords()).contains("learnpath");
        assertThat(findings(Overlay.DEMO.output())).anySatisfy(f -> assertThat(f).contains("grace"))
                .anySatisfy(f -> assertThat(f).contains("learnpath-integration-secret"))
                .anySatisfy(f -> assertThat(f).contains("password grant"));
    }
}
