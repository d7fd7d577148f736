package org.learnpath.portal.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class SameOriginWritesTest {

    private static final URI BASE = URI.create("http://localhost:8084/");

    @Test
    void theSameSchemeHostAndPortIsTheSameOrigin() {
        assertThat(SameOriginWrites.sameOrigin(URI.create("http://localhost:8084"), BASE)).isTrue();
        assertThat(SameOriginWrites.sameOrigin(URI.create("HTTP://LOCALHOST:8084"), BASE)).isTrue();
    }

    @Test
    void defaultPortsCountAsWritten() {
        assertThat(SameOriginWrites.sameOrigin(URI.create("https://learnpath.example.com"),
                URI.create("https://learnpath.example.com:443/"))).isTrue();
        assertThat(SameOriginWrites.sameOrigin(URI.create("http://learnpath.example.com:80"),
                URI.create("http://learnpath.example.com/"))).isTrue();
    }

    @Test
    void anotherSchemeHostOrPortIsAnotherOrigin() {
        assertThat(SameOriginWrites.sameOrigin(URI.create("https://localhost:8084"), BASE)).isFalse();
        assertThat(SameOriginWrites.sameOrigin(URI.create("http://127.0.0.1:8084"), BASE)).isFalse();
        assertThat(SameOriginWrites.sameOrigin(URI.create("http://localhost:8085"), BASE)).isFalse();
        assertThat(SameOriginWrites.sameOrigin(URI.create("http://localhost"), BASE)).isFalse();
        assertThat(SameOriginWrites.sameOrigin(URI.create("http://localhost.evil.example:8084"), BASE)).isFalse();
    }

    @Test
    void anOriginWithoutSchemeOrHostIsNeverTheSame() {
        assertThat(SameOriginWrites.sameOrigin(URI.create("localhost:8084"), BASE)).isFalse();
        assertThat(SameOriginWrites.sameOrigin(URI.create("file:///etc/passwd"), BASE)).isFalse();
    }

    @Test
    void aMalformedOrNullOriginIsRefusedNotAnError() {
        assertThat(SameOriginWrites.sameOrigin("http://a b", BASE)).isFalse();
        assertThat(SameOriginWrites.sameOrigin("null", BASE)).isFalse();
        assertThat(SameOriginWrites.sameOrigin("http://localhost:8084", BASE)).isTrue();
    }
}
