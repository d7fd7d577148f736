package org.learnpath.portal;

import org.junit.jupiter.api.Test;
import org.learnpath.testinfra.Layers;

/** Dependencies between the portal's packages point one way and never in a circle (see {@link Layers}). */
class ArchitectureTest {

    @Test
    void packagesFollowTheLayerRule() {
        Layers.checkService("org.learnpath.portal");
    }
}
