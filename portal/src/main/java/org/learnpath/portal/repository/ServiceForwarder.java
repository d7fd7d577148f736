package org.learnpath.portal.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.learnpath.portal.model.BffResponse;

/**
 * Sends one request to a service on behalf of the signed-in user, without blocking a thread while the service works:
 * the headers given (already filtered) plus the user's access token, nothing else. Redirects are not followed (the
 * script sees them as they are). The timeouts are the REST clients' own, so that every call from the portal to a
 * service gives up after the same time.
 */
@ApplicationScoped
public class ServiceForwarder {

    private final HttpClient client;
    private final UserToken token;
    private final Duration timeout;

    public ServiceForwarder(UserToken token,
            @ConfigProperty(name = "quarkus.rest-client.connect-timeout", defaultValue = "2000") long connectMillis,
            @ConfigProperty(name = "quarkus.rest-client.read-timeout", defaultValue = "10000") long readMillis) {
        this.token = token;
        this.timeout = Duration.ofMillis(readMillis);
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofMillis(connectMillis)).build();
    }

    /**
     * Completes with the service's answer, or exceptionally with the transport's exception (ConnectException,
     * HttpTimeoutException, ...) when the service could not be asked.
     */
    public CompletionStage<BffResponse> forward(String method, URI target, Map<String, List<String>> headers,
            byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(target).timeout(timeout);
        try {
            headers.forEach((name, values) -> values.forEach(value -> request.header(name, value)));
            // Read now, on the request's own thread: the identity belongs to the incoming request.
            token.current().ifPresent(access -> request.header(HttpHeaders.AUTHORIZATION, "Bearer " + access));
            request.method(method, body == null || body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body));
        } catch (IllegalArgumentException refusedByTheClient) {
            return CompletableFuture.failedFuture(refusedByTheClient);
        }
        return client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofByteArray())
                .thenApply(response -> new BffResponse(response.statusCode(), response.headers().map(),
                        response.body()));
    }
}
