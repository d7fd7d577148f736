package org.learnpath.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tokens from the suite's real Keycloak: password grants on learnpath-portal for the demo users, client
 * credentials for the integration clients (learnpath-integration of the organization acme, globex-integration of
 * globex), the master realm's admin for its admin REST API, and forged variants of real tokens for the negative
 * cases.
 */
public final class Keycloak {

    public static final String PASSWORD = "learnpath";
    public static final String PORTAL = "learnpath-portal";
    public static final String INTEGRATION = "learnpath-integration";
    public static final String INTEGRATION_SECRET = "learnpath-integration-secret";
    public static final String GLOBEX_INTEGRATION = "globex-integration";
    public static final String GLOBEX_INTEGRATION_SECRET = "globex-integration-secret";

    private final String baseUrl;
    private final String realm;
    private final String adminUser;
    private final String adminPassword;
    private final Map<String, String> cache = new ConcurrentHashMap<>();

    Keycloak(String baseUrl, String realm, String adminUser, String adminPassword) {
        this.baseUrl = baseUrl;
        this.realm = realm;
        this.adminUser = adminUser;
        this.adminPassword = adminPassword;
    }

    public String issuer() {
        return baseUrl + "/realms/" + realm;
    }

    private String tokenUrl(String realmName) {
        return baseUrl + "/realms/" + realmName + "/protocol/openid-connect/token";
    }

    /** A demo user's access token (password grant on the portal client), reused while it has a minute left. */
    public String token(String user) {
        return cached("user:" + user, () -> grant(realm, Map.of("grant_type", "password", "client_id", PORTAL,
                "username", user, "password", PASSWORD)));
    }

    /** The integration service account's access token (client credentials). */
    public String integrationToken() {
        return cached("integration", () -> clientCredentials(INTEGRATION, INTEGRATION_SECRET));
    }

    /** The globex organization's integration client's access token (client credentials). */
    public String globexIntegrationToken() {
        return cached("globex-integration", () -> clientCredentials(GLOBEX_INTEGRATION, GLOBEX_INTEGRATION_SECRET));
    }

    /**
     * A new password grant for a demo user, never cached, with {@code scope} (e.g. "openid" for an ID token too): the
     * whole token response.
     */
    public JsonNode passwordGrant(String user, String scope) {
        return passwordGrant(user, PASSWORD, scope);
    }

    public JsonNode passwordGrant(String user, String password, String scope) {
        Api.Reply reply = Api.form(tokenUrl(realm), Map.of("grant_type", "password", "client_id", PORTAL,
                "username", user, "password", password, "scope", scope));
        if (reply.status() != 200) {
            throw new AssertionError("token request for " + user + " failed: " + reply);
        }
        return reply.json();
    }

    /** The realm's account REST API (what the account console calls), for the signed-in user's own profile. */
    public String accountUrl() {
        return baseUrl + "/realms/" + realm + "/account";
    }

    public String clientCredentials(String clientId, String secret) {
        return grant(realm, Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret));
    }

    /** A token of Keycloak's own admin from the master realm: valid signature, but another issuer and audience. */
    public String masterRealmToken() {
        return cached("master", () -> grant("master", Map.of("grant_type", "password", "client_id", "admin-cli",
                "username", adminUser, "password", adminPassword)));
    }

    private String cached(String key, java.util.function.Supplier<String> fetch) {
        return cache.compute(key, (k, token) -> token != null
                && Instant.ofEpochSecond(claims(token).path("exp").asLong()).isAfter(Instant.now().plusSeconds(60))
                ? token : fetch.get());
    }

    private String grant(String realmName, Map<String, String> form) {
        Api.Reply reply = Api.form(tokenUrl(realmName), form);
        if (reply.status() != 200) {
            throw new AssertionError("token request to realm " + realmName + " failed: " + reply);
        }
        return reply.json().path("access_token").asText();
    }

    /** The learner id the services see: the token's subject. */
    public String subject(String user) {
        return claims(token(user)).path("sub").asText();
    }

    // --- Admin REST API

    private String adminUrl(String path) {
        return baseUrl + "/admin/realms/" + realm + path;
    }

    /** A GET on the learnpath realm's admin REST API (path from /admin/realms/learnpath on) as Keycloak's admin. */
    public JsonNode admin(String path) {
        return Api.get(adminUrl(path), masterRealmToken()).expect(200).json();
    }

    /**
     * Creates a user in the learnpath realm as an administrator would (Keycloak gives it the realm's default roles,
     * which the realm file's users do not have, among them the account console's manage-account). Not in the realm
     * file: delete it again with {@link #deleteUser}.
     */
    public Api.Reply createUser(ObjectNode user) {
        return Api.post(adminUrl("/users"), masterRealmToken(), user);
    }

    /**
     * Creates a learner of {@code organization} (password {@link #PASSWORD}, realm role learner) for a scenario that
     * needs someone with no answers at all: the demo learners' states are shared by every scenario of the run. Not in
     * the realm file: delete it again with {@link #deleteUser}.
     *
     * @return the user's id, which is the subject of their tokens (the learner id the services see)
     */
    public String createLearner(String username, String organization) {
        ObjectNode user = Api.object().put("username", username).put("enabled", true).put("emailVerified", true)
                .put("email", username + "@learnpath.example").put("firstName", "Ephemeral").put("lastName", "Learner");
        user.putObject("attributes").putArray("organization").add(organization);
        user.putArray("credentials").addObject().put("type", "password").put("value", PASSWORD)
                .put("temporary", false);
        createUser(user).expect(201);
        String id = userId(username);
        String admin = masterRealmToken();
        JsonNode learner = Api.get(adminUrl("/roles/learner"), admin).expect(200).json();
        Api.post(adminUrl("/users/" + id + "/role-mappings/realm"), admin, Api.JSON.createArrayNode().add(learner))
                .expect(204);
        return id;
    }

    public String userId(String username) {
        return admin("/users?exact=true&username=" + username).get(0).path("id").asText();
    }

    public void deleteUser(String id) {
        Api.delete(adminUrl("/users/" + id), masterRealmToken()).expect(204);
    }

    /**
     * (Re)creates a confidential client with a service account holding {@code role}, in the learnpath realm
     * (not in the realm file). With {@code audience} its tokens carry learnpath-api like the real clients';
     * {@code tokenLifespanSeconds} (client attribute access.token.lifespan) makes short-lived ones.
     */
    public void createServiceClient(String clientId, String secret, String role, boolean audience,
                                    Integer tokenLifespanSeconds) {
        String admin = masterRealmToken();
        // Keycloak's database survives between suite runs (only its distribution's set-up is expensive): start clean.
        for (JsonNode existing : Api.get(adminUrl("/clients?clientId=" + clientId), admin).expect(200).json()) {
            Api.delete(adminUrl("/clients/" + existing.path("id").asText()), admin).expect(204);
        }
        ObjectNode client = Api.object()
                .put("clientId", clientId)
                .put("enabled", true)
                .put("protocol", "openid-connect")
                .put("publicClient", false)
                .put("clientAuthenticatorType", "client-secret")
                .put("secret", secret)
                .put("serviceAccountsEnabled", true)
                .put("standardFlowEnabled", false)
                .put("directAccessGrantsEnabled", false);
        if (tokenLifespanSeconds != null) {
            client.putObject("attributes").put("access.token.lifespan", tokenLifespanSeconds.toString());
        }
        if (audience) {
            ArrayNode mappers = client.putArray("protocolMappers");
            mappers.addObject()
                    .put("name", "learnpath-api-audience")
                    .put("protocol", "openid-connect")
                    .put("protocolMapper", "oidc-audience-mapper")
                    .putObject("config")
                    .put("included.custom.audience", "learnpath-api")
                    .put("access.token.claim", "true")
                    .put("id.token.claim", "false");
        }
        Api.post(adminUrl("/clients"), admin, client).expect(201);
        String id = Api.get(adminUrl("/clients?clientId=" + clientId), admin).expect(200).json().get(0).path("id").asText();
        String userId = Api.get(adminUrl("/clients/" + id + "/service-account-user"), admin).expect(200).json()
                .path("id").asText();
        JsonNode roleRep = Api.get(adminUrl("/roles/" + role), admin).expect(200).json();
        Api.post(adminUrl("/users/" + userId + "/role-mappings/realm"), admin, Api.JSON.createArrayNode().add(roleRep))
                .expect(204);
    }

    // --- Looking into and forging tokens

    public static JsonNode header(String jwt) {
        return decode(jwt.split("\\.")[0]);
    }

    public static JsonNode claims(String jwt) {
        return decode(jwt.split("\\.")[1]);
    }

    private static JsonNode decode(String part) {
        try {
            return Api.JSON.readTree(Base64.getUrlDecoder().decode(part));
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("not a JWT part: " + part, e);
        }
    }

    private static String encode(Object json) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(Api.write(json).getBytes(StandardCharsets.UTF_8));
    }

    /** The same header and claims, signed with a key of our own (same kid): the signature cannot verify. */
    public static String signedWithAnotherKey(String jwt) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair keys = generator.generateKeyPair();
            String signingInput = jwt.substring(0, jwt.lastIndexOf('.'));
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initSign(keys.getPrivate());
            rs256.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rs256.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same claims with {@code "alg": "none"} and no signature. */
    public static String unsigned(String jwt) {
        ObjectNode header = Api.object().put("alg", "none").put("typ", "JWT");
        return encode(header) + "." + jwt.split("\\.")[1] + ".";
    }

    /** Real header and signature, claims changed to grant the admin role: the signature no longer matches. */
    public static String withAdminRoleAdded(String jwt) {
        String[] parts = jwt.split("\\.");
        ObjectNode claims = (ObjectNode) claims(jwt);
        ((ArrayNode) claims.get("realm_access").get("roles")).add("admin");
        return parts[0] + "." + encode(claims) + "." + parts[2];
    }

    /** Sleeps until the token's exp (plus a second for clock granularity) has passed. */
    public static void awaitExpiry(String jwt) throws InterruptedException {
        Instant expiry = Instant.ofEpochSecond(claims(jwt).path("exp").asLong()).plusSeconds(1);
        long millis = java.time.Duration.between(Instant.now(), expiry).toMillis();
        if (millis > 0) {
            Thread.sleep(millis);
        }
    }
}
