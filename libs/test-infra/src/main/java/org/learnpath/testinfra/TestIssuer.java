package org.learnpath.testinfra;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * A minimal OpenID Connect issuer shaped like a Keycloak realm: discovery document and JWKS on the same
 * paths Keycloak uses, RS256 keys, and tokens with Keycloak's claims. Services verify these tokens through
 * the real quarkus-oidc bearer path, so signature, issuer, audience and expiry checks are all exercised.
 */
public final class TestIssuer {

    public static final String REALM = "learnpath";
    public static final String AUDIENCE = "learnpath-api";

    private static volatile TestIssuer shared;

    private final KeyPair signingKey;
    private final String keyId;
    private final HttpServer server;
    private final String issuerUrl;
    private final ObjectMapper json = new ObjectMapper();

    private TestIssuer() {
        this.signingKey = newRsaKey();
        this.keyId = "learnpath-test-" + Integer.toHexString(Arrays.hashCode(signingKey.getPublic().getEncoded()));
        try {
            this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.issuerUrl = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/" + REALM;
        String base = "/realms/" + REALM;
        server.createContext(base + "/.well-known/openid-configuration", ex -> reply(ex, discovery()));
        server.createContext(base + "/protocol/openid-connect/certs", ex -> reply(ex, jwks()));
        server.start();
    }

    public static TestIssuer shared() {
        if (shared == null) {
            synchronized (TestIssuer.class) {
                if (shared == null) {
                    shared = new TestIssuer();
                    Runtime.getRuntime().addShutdownHook(new Thread(() -> shared.server.stop(0), "test-issuer-stop"));
                }
            }
        }
        return shared;
    }

    public String issuerUrl() {
        return issuerUrl;
    }

    KeyPair signingKey() {
        return signingKey;
    }

    String keyId() {
        return keyId;
    }

    static KeyPair newRsaKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Object> discovery() {
        String oidc = issuerUrl + "/protocol/openid-connect";
        return Map.of(
                "issuer", issuerUrl,
                "jwks_uri", oidc + "/certs",
                "token_endpoint", oidc + "/token",
                "authorization_endpoint", oidc + "/auth",
                "userinfo_endpoint", oidc + "/userinfo",
                "response_types_supported", List.of("code"),
                "subject_types_supported", List.of("public"),
                "id_token_signing_alg_values_supported", List.of("RS256"));
    }

    private Map<String, Object> jwks() {
        RSAPublicKey key = (RSAPublicKey) signingKey.getPublic();
        return Map.of("keys", List.of(Map.of(
                "kty", "RSA",
                "kid", keyId,
                "use", "sig",
                "alg", "RS256",
                "n", base64Url(unsigned(key.getModulus())),
                "e", base64Url(unsigned(key.getPublicExponent())))));
    }

    private void reply(HttpExchange exchange, Object body) throws IOException {
        byte[] bytes = json.writeValueAsBytes(body);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String base64Url(String text) {
        return base64Url(text.getBytes(StandardCharsets.UTF_8));
    }

    /** JWK integers are unsigned big-endian: drop the sign byte BigInteger adds. */
    private static byte[] unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        return bytes[0] == 0 ? Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }
}
