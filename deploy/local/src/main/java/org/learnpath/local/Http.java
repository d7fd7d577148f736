package org.learnpath.local;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The few HTTP calls the launcher makes: readiness polling, a token request and the smoke call. */
final class Http {

    // HTTP/1.1 only: the JDK client's h2c upgrade attempt is pointless against local plain-HTTP servers.
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    private Http() {
    }

    /** The status code, or -1 when nothing answers yet. */
    static int status(String url) {
        try {
            return get(url, null).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    static HttpResponse<String> get(String url, String bearerToken) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).GET();
        if (bearerToken != null) {
            request.header("Authorization", "Bearer " + bearerToken);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A password-grant token; the launcher has no JSON library and needs just this one field. */
    static String passwordGrantToken(String tokenUrl, String clientId, String user, String password)
            throws IOException, InterruptedException {
        return token(tokenUrl, Map.of("grant_type", "password", "client_id", clientId, "username", user, "password",
                password));
    }

    private static String token(String tokenUrl, Map<String, String> parameters)
            throws IOException, InterruptedException {
        String form = parameters.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(tokenUrl))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        Matcher token = ACCESS_TOKEN.matcher(response.body());
        if (response.statusCode() != 200 || !token.find()) {
            throw new IOException("token request returned " + response.statusCode() + ": " + response.body());
        }
        return token.group(1);
    }

    /** A client-credentials token, for the demo integrations. */
    static String clientCredentialsToken(String tokenUrl, String clientId, String secret)
            throws IOException, InterruptedException {
        return token(tokenUrl, Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret",
                secret));
    }

    static HttpResponse<String> put(String url, String bearerToken, String json)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + bearerToken)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json))
                .build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Polls until the URL answers 200. Gives up early when the process behind it has died, since waiting out the
     * full timeout would only delay the pointer to its log.
     */
    static void awaitOk(String url, Duration timeout, BooleanSupplier processAlive, String what, Path log)
            throws LaunchException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        int last = -1;
        while (System.nanoTime() < deadline) {
            last = status(url);
            if (last == 200) {
                return;
            }
            if (!processAlive.getAsBoolean()) {
                throw new LaunchException(what + " stopped during start-up; see " + log);
            }
            Thread.sleep(300);
        }
        throw new LaunchException(what + " was not ready after " + timeout.toSeconds() + " s ("
                + url + " answered " + (last == -1 ? "nothing" : String.valueOf(last)) + "); see " + log);
    }
}
