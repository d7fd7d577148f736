package org.learnpath.portal.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import org.jboss.logging.Logger;
import org.learnpath.portal.config.PortalConfig;
import org.learnpath.portal.model.BffResponse;
import org.learnpath.portal.repository.ServiceForwarder;
import org.learnpath.portal.repository.UserToken;

/**
 * The portal's scripts reach the services through the portal: same origin for the browser (no CORS, no token in the
 * page), the signed-in user's token added on the server. Only the paths and headers {@link BffRules} allows pass.
 */
@ApplicationScoped
public class BffService {

    private static final Logger LOG = Logger.getLogger(BffService.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ServiceForwarder forwarder;
    private final UserToken token;
    private final PortalConfig config;

    public BffService(ServiceForwarder forwarder, UserToken token, PortalConfig config) {
        this.forwarder = forwarder;
        this.token = token;
        this.config = config;
    }

    /** The user's access token for a host page that calls the services itself, with the time it expires. */
    public record AccessToken(String accessToken, Instant expiresAt) {
    }

    /**
     * Forwards the request, or answers 404 (problem) without calling anything when the rules refuse the path, 503
     * when the service cannot be reached and 504 when it does not answer in time.
     *
     * @param rawPath  the path after {@code /bff/{service}/}, percent-encoded as received
     * @param rawQuery the query string as received, or null
     */
    public CompletionStage<BffResponse> forward(String method, String service, String rawPath, String rawQuery,
            Map<String, List<String>> headers, byte[] body) {
        Optional<String> path = BffRules.target(service, rawPath);
        if (path.isEmpty()) {
            return CompletableFuture.completedFuture(problem(404, "not-found",
                    "Resource not found", "The portal forwards only to the services' /api paths."));
        }
        URI target;
        try {
            target = URI.create(stripSlash(base(service)) + "/" + path.get()
                    + (rawQuery == null || rawQuery.isEmpty() ? "" : "?" + rawQuery));
        } catch (IllegalArgumentException malformed) {
            return CompletableFuture.completedFuture(problem(400, "bad-request", "Malformed address",
                    "The query string is not a valid URI query."));
        }
        return forwarder.forward(method, target, BffRules.requestHeaders(headers), body)
                .thenApply(answer -> new BffResponse(answer.status(), BffRules.responseHeaders(answer.headers()),
                        answer.body()))
                .exceptionally(failure -> unreachable(service, failure));
    }

    public Optional<AccessToken> accessToken() {
        return token.current().map(access -> new AccessToken(access, expiry(access)));
    }

    /** A problem answer of the proxy itself (not of a service). */
    public static BffResponse problem(int status, String type, String title, String detail) {
        return new BffResponse(status, Map.of("Content-Type", List.of(BffRules.PROBLEM_JSON)),
                BffRules.problem(status, type, title, detail));
    }

    private BffResponse unreachable(String service, Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause()
                : failure;
        if (cause instanceof HttpTimeoutException) {
            LOG.warnf("The %s service did not answer in time", service);
            return problem(504, "http", "Service did not answer",
                    "The " + service + " service did not answer in time. Please try again in a moment.");
        }
        LOG.warnf("The %s service could not be reached: %s", service, cause.toString());
        return problem(503, "http", "Service unavailable",
                "The " + service + " service did not answer. Please try again in a moment.");
    }

    private String base(String service) {
        return switch (service) {
            case "catalog" -> config.services().catalog();
            case "assessment" -> config.services().assessment();
            case "recommender" -> config.services().recommender();
            default -> throw new IllegalArgumentException("Unknown service " + service);
        };
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** The token's own expiry ({@code exp}), read without verifying: the token came from the portal's session. */
    static Instant expiry(String accessToken) {
        String[] parts = accessToken.split("\\.");
        if (parts.length < 2) {
            return null;
        }
        try {
            JsonNode claims = JSON.readTree(new String(Base64.getUrlDecoder().decode(parts[1]),
                    StandardCharsets.UTF_8));
            return claims.hasNonNull("exp") ? Instant.ofEpochSecond(claims.get("exp").asLong()) : null;
        } catch (Exception notAJwt) {
            return null;
        }
    }
}
