package org.learnpath.rest.config;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Cross-origin access to a service's API for browser clients (a portal on another origin): off unless
 * {@value #ORIGINS} ({@code LEARNPATH_CORS_ORIGINS}) lists origins, and then for exactly those, with the methods and
 * headers the API uses and the response headers a client needs to read (ETag for If-Match, Location after a create).
 *
 * <p>A source rather than lines in each application.properties because "an empty list means off" cannot be written
 * as properties: Quarkus's CORS filter has its own on switch, and switched on with no origins it is not off, it
 * refuses every request that carries a foreign Origin with 403. So the filter's settings exist only when origins are
 * given. Their ordinal is below application.properties, so that a service can still refine one there, and an
 * operator with {@code QUARKUS_HTTP_CORS_*} variables.
 */
public final class CorsSettings implements ConfigSourceFactory {

    public static final String ORIGINS = "learnpath.cors.origins";
    static final int ORDINAL = 200;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        ConfigValue value = context.getValue(ORIGINS);
        List<String> origins = value == null || value.getValue() == null ? List.of()
                : Arrays.stream(value.getValue().split(",")).map(String::trim).filter(o -> !o.isEmpty()).toList();
        if (origins.isEmpty()) {
            return List.of();
        }
        return List.of(new PropertiesConfigSource(Map.of(
                "quarkus.http.cors.enabled", "true",
                "quarkus.http.cors.origins", origins.stream().collect(Collectors.joining(",")),
                "quarkus.http.cors.methods", "GET,POST,PUT,DELETE,OPTIONS",
                "quarkus.http.cors.headers", "Authorization,Content-Type,If-Match,Idempotency-Key",
                "quarkus.http.cors.exposed-headers", "ETag,Location",
                // Callers authenticate with a bearer token, never a cookie: no credentialed cross-origin requests.
                "quarkus.http.cors.access-control-allow-credentials", "false",
                // A browser asks again (preflight) at most every ten minutes per URL, not before every call.
                "quarkus.http.cors.access-control-max-age", "10M"), "LearnPath CORS (" + ORIGINS + ")", ORDINAL));
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(ORDINAL);
    }
}
