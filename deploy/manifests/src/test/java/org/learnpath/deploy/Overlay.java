package org.learnpath.deploy;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * The overlays of deploy/kubernetes that are meant to be applied. Each check runs once per overlay on what
 * {@code kubectl kustomize} makes of it.
 */
enum Overlay {
    DEMO("demo"),
    PRODUCTION("production");

    private static final Map<Overlay, KustomizeOutput> BUILT = new EnumMap<>(Overlay.class);

    private final String dirName;

    Overlay(String dirName) {
        this.dirName = dirName;
    }

    Path dir() {
        return Repo.KUBERNETES.resolve("overlays").resolve(dirName);
    }

    /** The overlay as kubectl builds it, built once per test run. */
    KustomizeOutput output() {
        synchronized (BUILT) {
            return BUILT.computeIfAbsent(this, o -> KustomizeOutput.parse(o.toString(), Kubectl.kustomize(o.dir())));
        }
    }

    @Override
    public String toString() {
        return dirName;
    }
}
