package org.learnpath.recommender;

import org.junit.jupiter.api.Test;
import org.learnpath.testinfra.Layers;

/** Dependencies between this service's packages point one way and never in a circle (see {@link Layers}). */
class ArchitectureTest {

    @Test
    void packagesFollowTheLayerRule() {
        Layers.checkService("org.learnpath.recommender");
    }
}
