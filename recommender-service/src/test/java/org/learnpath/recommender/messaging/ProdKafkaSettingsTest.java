package org.learnpath.recommender.messaging;

import org.junit.jupiter.api.Test;
import org.learnpath.testinfra.ProdKafkaSettingsCheck;

/** This service's production Kafka settings (its %prod lines; see {@link ProdKafkaSettingsCheck}). */
class ProdKafkaSettingsTest {

    @Test
    void withoutKafkaVariablesTheServiceConnectsInPlaintextAsBefore() {
        ProdKafkaSettingsCheck.plaintextWhereNoKafkaVariableIsSet();
    }

    @Test
    void withTheVariablesOfTheManifestsItConnectsAsItsKafkaUserOverTls() {
        ProdKafkaSettingsCheck.scramOverTlsWithTheManifestsVariables("recommender-service");
    }
}
