package org.learnpath.rest;

import org.junit.jupiter.api.Test;
import org.learnpath.testinfra.Layers;

/** This library's packages never depend on each other in a circle (see {@link Layers}). */
class ArchitectureTest {

    @Test
    void packagesHaveNoCycle() {
        Layers.checkLibrary("org.learnpath.rest");
    }
}
