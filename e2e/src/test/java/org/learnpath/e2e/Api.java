package org.learnpath.e2e;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The few HTTP calls the suite makes, JSON in and out, over java.net.http (HTTP/1.1, plain, short timeouts). */
public final class Api {

    public static final ObjectMapper JSON = new ObjectMapper();

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(3))
            .build();

    private Api() {
    }

    /** One response; {@link #json()} parses the body lazily. */
    public record Reply(String method, String url, int status, String body, Map<String, String> headers) {

        public JsonNode json() {
            try {
                return body.isEmpty() ? JSON.nullNode() : JSON.readTree(body);
            } catch (JsonProcessingException e) {
                throw new AssertionError(method + " " + url + " answered " + status + " with a body that is not JSON: "
                        + abbreviated(), e);
            }
        }

        public Optional<String> header(String name) {
            return Optional.ofNullable(headers.get(name.toLowerCase(java.util.Locale.ROOT)));
        }

        /** The status must be {@code expected}; the message names the call and shows the body. */
        public Reply expect(int expected) {
            if (status != expected) {
                throw new AssertionError(this + ": expected " + expected);
            }
            return this;
        }

        public String abbreviated() {
            return body.length() > 600 ? body.substring(0, 600) + "..." : body;
        }

        @Override
        public String toString() {
            return method + " " + url + " -> " + status + " " + abbreviated();
        }
    }

    public static ObjectNode object() {
        return JSON.createObjectNode();
    }

    public static Reply get(String url, String token) {
        return send("GET", url, token, null, Map.of());
    }

    public static Reply post(String url, String token, Object body) {
        return send("POST", url, token, body, Map.of());
    }

    public static Reply put(String url, String token, Object body, Map<String, String> headers) {
        return send("PUT", url, token, body, headers);
    }

    public static Reply delete(String url, String token) {
        return send("DELETE", url, token, null, Map.of());
    }

    /** Like {@link #trySend}, but a connection failure is a test failure. */
    public static Reply send(String method, String url, String token, Object body, Map<String, String> headers) {
        try {
            return trySend(method, url, token, body, headers);
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + url + " failed: " + e, e);
        }
    }

    /** For callers that expect the server to be down now and then (crash tests): IOException when nothing answers. */
    public static Reply trySend(String method, String url, String token, Object body, Map<String, String> headers)
            throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            String text = body instanceof String s ? s : write(body);
            request.header("Content-Type", "application/json");
            request.method(method, HttpRequest.BodyPublishers.ofString(text));
        }
        request.header("Accept", "application/json");
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            Map<String, String> responseHeaders = new LinkedHashMap<>();
            response.headers().map().forEach((name, values) -> responseHeaders.put(
                    name.toLowerCase(java.util.Locale.ROOT), String.join(",", values)));
            return new Reply(method, url, response.statusCode(), response.body(), responseHeaders);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /** An x-www-form-urlencoded POST (token endpoints). */
    public static Reply form(String url, Map<String, String> fields) {
        String form = fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + java.net.URLEncoder.encode(e.getValue(), java.nio.charset.StandardCharsets.UTF_8))
                .collect(java.util.stream.Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        try {
            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply("POST", url, response.statusCode(), response.body(), Map.of());
        } catch (IOException e) {
            throw new UncheckedIOException("POST " + url + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
