package org.learnpath.portal.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class BffServiceTest {

    @Test
    void readsTheAccessTokensExpiry() {
        String claims = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"sub\":\"a\",\"exp\":1893456000}".getBytes(StandardCharsets.UTF_8));

        assertThat(BffService.expiry("eyJhbGciOiJSUzI1NiJ9." + claims + ".c2ln"))
                .isEqualTo(Instant.ofEpochSecond(1893456000));
    }

    @Test
    void anOpaqueTokenHasNoKnownExpiry() {
        assertThat(BffService.expiry("opaque-token")).isNull();
        assertThat(BffService.expiry("a.!!!.b")).isNull();
        assertThat(BffService.expiry("a." + Base64.getUrlEncoder().encodeToString("{}".getBytes()) + ".b")).isNull();
    }
}
