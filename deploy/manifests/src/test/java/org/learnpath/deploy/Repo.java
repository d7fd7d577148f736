package org.learnpath.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** The repository's files the checks read, relative to this module's folder. */
final class Repo {

    /**
     * The services, each with its database and its Kafka clients: Deployment, Service, KafkaUser and container are
     * named after them.
     */
    static final List<String> SERVICES = List.of("catalog-service", "assessment-service", "recommender-service");
    /** The web front end: no database, no Kafka; it calls the services and signs users in through Keycloak. */
    static final String PORTAL = "portal";
    /**
     * Every LearnPath application the manifests deploy, the services and the portal: image, Deployment, Service and
     * container are named after each, and each is a Quarkus module of that name with its application.properties.
     */
    static final List<String> APPLICATIONS = List.of("catalog-service", "assessment-service", "recommender-service",
            PORTAL);

    static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();
    static final Path DEPLOY = ROOT.resolve("deploy");
    /** deploy/compose.yaml, or another compose file named by the system property learnpath.compose.file. */
    static final Path COMPOSE = Path.of(System.getProperty("learnpath.compose.file",
            DEPLOY.resolve("compose.yaml").toString())).toAbsolutePath().normalize();
    static final Path README = DEPLOY.resolve("README.md");
    static final Path REALM = DEPLOY.resolve("keycloak/learnpath-realm.json");

    /**
     * The kustomize tree (base/ and overlays/). The system property learnpath.kubernetes.dir points the same checks
     * at another tree, e.g. an older revision's manifests, to see which checks it fails.
     */
    static final Path KUBERNETES = Path.of(System.getProperty("learnpath.kubernetes.dir",
            DEPLOY.resolve("kubernetes").toString())).toAbsolutePath().normalize();

    private Repo() {
    }

    static JsonNode compose() {
        return Tree.yaml(read(COMPOSE));
    }

    static JsonNode composeService(String name) {
        JsonNode service = compose().path("services").path(name);
        if (service.isMissingNode()) {
            throw new AssertionError("no service " + name + " in " + COMPOSE);
        }
        return service;
    }

    static JsonNode realm() {
        return Tree.json(read(REALM));
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
