package org.learnpath.rest.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The CORS filter's settings exist exactly when origins are given; unset or blank leaves the filter off. */
class CorsSettingsTest {

    private static final String VARIABLE = "LEARNPATH_CORS_ORIGINS";

    /** The configuration with these environment variables, as a service reads it. */
    private static SmallRyeConfig load(Map<String, String> environment) {
        return new SmallRyeConfigBuilder().addDefaultInterceptors()
                .withSources(new EnvConfigSource(environment, 300))
                .withSources(new CorsSettings())
                .build();
    }

    @Test
    void unsetOrBlankOriginsLeaveCorsOff() {
        for (Map<String, String> environment : List.of(Map.<String, String>of(), Map.of(VARIABLE, ""),
                Map.of(VARIABLE, " , "))) {
            SmallRyeConfig config = load(environment);
            assertThat(config.getOptionalValue("quarkus.http.cors.enabled", Boolean.class)).as(environment.toString())
                    .isEqualTo(Optional.empty());
            assertThat(config.getOptionalValue("quarkus.http.cors.origins", String.class)).isEmpty();
        }
    }

    @Test
    void originsTurnItOnForExactlyThoseOrigins() {
        SmallRyeConfig config = load(Map.of(VARIABLE, " http://localhost:8084 ,http://127.0.0.1:8084"));
        assertThat(config.getValue("quarkus.http.cors.enabled", Boolean.class)).isTrue();
        assertThat(config.getValues("quarkus.http.cors.origins", String.class))
                .containsExactly("http://localhost:8084", "http://127.0.0.1:8084");
        assertThat(config.getValues("quarkus.http.cors.methods", String.class))
                .containsExactly("GET", "POST", "PUT", "DELETE", "OPTIONS");
        assertThat(config.getValues("quarkus.http.cors.headers", String.class))
                .containsExactly("Authorization", "Content-Type", "If-Match", "Idempotency-Key");
        assertThat(config.getValues("quarkus.http.cors.exposed-headers", String.class))
                .containsExactly("ETag", "Location");
    }

    @Test
    void aServiceOrOperatorCanStillRefineASetting() {
        SmallRyeConfig config = load(Map.of(VARIABLE, "http://localhost:8084",
                "QUARKUS_HTTP_CORS_EXPOSED_HEADERS", "ETag,Location,Retry-After"));
        assertThat(config.getValues("quarkus.http.cors.exposed-headers", String.class))
                .containsExactly("ETag", "Location", "Retry-After");
    }
}
