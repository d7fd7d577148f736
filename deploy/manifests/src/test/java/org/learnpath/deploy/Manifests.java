package org.learnpath.deploy;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.yaml.snakeyaml.Yaml;

/** Reads the deploy/ files and the services' application.properties, relative to this module's folder. */
final class Manifests {

    /**
     * The deployable services. Adding a service (e.g. recommender-service) to deploy/kubernetes and compose.yaml
     * is checked by adding its folder name here.
     */
    static final List<String> SERVICES = List.of("catalog-service", "assessment-service", "recommender-service");

    static final Path REPO = Path.of("../..").toAbsolutePath().normalize();
    static final Path DEPLOY = REPO.resolve("deploy");
    static final Path KUBERNETES = DEPLOY.resolve("kubernetes");
    static final Path COMPOSE = DEPLOY.resolve("compose.yaml");
    static final Path REALM = DEPLOY.resolve("keycloak/learnpath-realm.json");

    private static final Pattern ENV_REFERENCE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)");

    /** One parsed YAML document and the file it came from. */
    record Doc(Path file, Map<String, Object> content) {
        String kind() {
            return (String) content.get("kind");
        }

        String apiVersion() {
            return (String) content.get("apiVersion");
        }

        String name() {
            return (String) map(content, "metadata").get("name");
        }

        Map<String, Object> spec() {
            return map(content, "spec");
        }
    }

    private static List<Doc> kubernetesDocs;

    private Manifests() {
    }

    static synchronized List<Doc> kubernetes() {
        if (kubernetesDocs == null) {
            List<Doc> docs = new ArrayList<>();
            for (Path file : kubernetesFiles()) {
                for (Object doc : new Yaml().loadAll(read(file))) {
                    if (doc != null) {
                        docs.add(new Doc(file, asMap(doc)));
                    }
                }
            }
            kubernetesDocs = List.copyOf(docs);
        }
        return kubernetesDocs;
    }

    static List<Path> kubernetesFiles() {
        try (Stream<Path> files = Files.list(KUBERNETES)) {
            return files.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Doc> ofKind(String kind) {
        return kubernetes().stream().filter(d -> kind.equals(d.kind())).toList();
    }

    static Optional<Doc> find(String kind, String name) {
        return ofKind(kind).stream().filter(d -> name.equals(d.name())).findFirst();
    }

    static Doc get(String kind, String name) {
        return find(kind, name).orElseThrow(() -> new AssertionError("no " + kind + " named " + name + " in " + KUBERNETES));
    }

    static Map<String, Object> compose() {
        return asMap(new Yaml().load(read(COMPOSE)));
    }

    static Map<String, Object> composeService(String service) {
        Map<String, Object> services = map(compose(), "services");
        Object s = services.get(service);
        if (s == null) {
            throw new AssertionError("no service " + service + " in " + COMPOSE);
        }
        return asMap(s);
    }

    static Map<String, Object> realm() {
        return asMap(new Yaml().load(read(REALM)));
    }

    static String applicationPropertiesText(String service) {
        return read(REPO.resolve(service).resolve("src/main/resources/application.properties"));
    }

    static Properties applicationProperties(String service) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(applicationPropertiesText(service)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    static int httpPort(String service) {
        String port = applicationProperties(service).getProperty("quarkus.http.port");
        if (port == null) {
            throw new AssertionError(service + " sets no quarkus.http.port");
        }
        return Integer.parseInt(port.trim());
    }

    /** The port of the service's management interface (health, metrics): quarkus.management.port. */
    static int managementPort(String service) {
        Properties properties = applicationProperties(service);
        if (!"true".equals(properties.getProperty("quarkus.management.enabled"))) {
            throw new AssertionError(service + ": quarkus.management.enabled is not true");
        }
        String port = properties.getProperty("quarkus.management.port");
        if (port == null) {
            throw new AssertionError(service + " sets no quarkus.management.port");
        }
        return Integer.parseInt(port.trim());
    }

    /** Environment variable names the service's application.properties reads as ${NAME...}. */
    static Set<String> referencedEnv(String service) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = ENV_REFERENCE.matcher(applicationPropertiesText(service));
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** The default of ${NAME:default} for an env var the service reads, if any. */
    static Optional<String> envDefault(String service, String name) {
        Matcher m = Pattern.compile("\\$\\{" + Pattern.quote(name) + ":([^}]*)}").matcher(applicationPropertiesText(service));
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> asMap(Object o) {
        if (!(o instanceof Map)) {
            throw new AssertionError("expected a mapping, got " + o);
        }
        return (Map<String, Object>) o;
    }

    static Map<String, Object> map(Map<String, Object> parent, String key) {
        Object o = parent.get(key);
        if (o == null) {
            throw new AssertionError("missing '" + key + "' in " + parent.keySet());
        }
        return asMap(o);
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Map<String, Object> parent, String key) {
        Object o = parent.get(key);
        return o == null ? List.of() : (List<Object>) o;
    }

    static List<Map<String, Object>> maps(Map<String, Object> parent, String key) {
        return list(parent, key).stream().map(Manifests::asMap).toList();
    }

    /** Follows a path of keys; null where one is missing. */
    static Object at(Map<String, Object> root, String... keys) {
        Object current = root;
        for (String key : keys) {
            if (!(current instanceof Map<?, ?> m)) {
                return null;
            }
            current = m.get(key);
        }
        return current;
    }

    static String str(Object o) {
        return Objects.toString(o, null);
    }
}
