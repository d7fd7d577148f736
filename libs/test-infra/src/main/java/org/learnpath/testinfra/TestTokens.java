package org.learnpath.testinfra;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Bearer tokens as Keycloak issues them for the learnpath realm, signed by {@link TestIssuer}. Builders
 * also make the broken tokens an attacker would try: expired, foreign key, foreign issuer, alg "none".
 */
public final class TestTokens {

    public static final String PORTAL_CLIENT = "learnpath-portal";
    public static final String INTEGRATION_CLIENT = "learnpath-integration";
    /** The demo realm's two organizations; every token these builders make names {@link #ACME} unless told. */
    public static final String ACME = "acme";
    public static final String GLOBEX = "globex";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final KeyPair FOREIGN_KEY = TestIssuer.newRsaKey();

    private TestTokens() {
    }

    /** The subject Keycloak would give this user in these tests: stable per username. */
    public static String subjectOf(String username) {
        return UUID.nameUUIDFromBytes(("learnpath-user:" + username).getBytes(StandardCharsets.UTF_8)).toString();
    }

    public static Builder user(String username, String... roles) {
        return new Builder(subjectOf(username), username, PORTAL_CLIENT, List.of(roles));
    }

    public static String learner(String username) {
        return user(username, "learner").sign();
    }

    public static String author(String username) {
        return user(username, "author", "learner").sign();
    }

    public static String admin(String username) {
        return user(username, "admin", "author", "learner").sign();
    }

    public static String manager(String username) {
        return user(username, "manager", "learner").sign();
    }

    /** A client-credentials token of the integration service account (of {@link #ACME}). */
    public static String integration() {
        return integrationOf(ACME).sign();
    }

    /** The integration client of {@code organization} (the demo realm names them {@code <alias>-integration}). */
    public static Builder integrationOf(String organization) {
        String client = ACME.equals(organization) ? INTEGRATION_CLIENT : organization + "-integration";
        return new Builder(subjectOf("service-account-" + client), "service-account-" + client, client,
                List.of("integration")).organization(organization);
    }

    public static final class Builder {
        private final String subject;
        private final String username;
        private final String client;
        private final List<String> roles;
        private String issuer;
        private List<String> audience = List.of(TestIssuer.AUDIENCE, "account");
        private Instant issuedAt = Instant.now();
        private Duration lifetime = Duration.ofMinutes(5);
        private KeyPair key;
        private boolean unsigned;
        private Object organization = ACME;

        private Builder(String subject, String username, String client, List<String> roles) {
            this.subject = subject;
            this.username = username;
            this.client = client;
            this.roles = roles;
        }

        public Builder expired() {
            this.issuedAt = Instant.now().minus(Duration.ofHours(1));
            this.lifetime = Duration.ofMinutes(5);
            return this;
        }

        public Builder lifetime(Duration lifetime) {
            this.issuedAt = Instant.now();
            this.lifetime = lifetime;
            return this;
        }

        public Builder signedByForeignKey() {
            this.key = FOREIGN_KEY;
            return this;
        }

        public Builder issuer(String otherIssuer) {
            this.issuer = otherIssuer;
            return this;
        }

        public Builder audience(String... values) {
            this.audience = List.of(values);
            return this;
        }

        /** The organization the token names (claim {@code organization}); {@code null} for none. */
        public Builder organization(String alias) {
            this.organization = alias;
            return this;
        }

        /** The organization claim exactly as given: a list as Keycloak Organizations writes it, a number, ... */
        public Builder organizationClaim(Object value) {
            this.organization = value;
            return this;
        }

        public Builder algNone() {
            this.unsigned = true;
            return this;
        }

        public String sign() {
            TestIssuer testIssuer = TestIssuer.shared();
            Map<String, Object> claims = new LinkedHashMap<>();
            claims.put("exp", issuedAt.plus(lifetime).getEpochSecond());
            claims.put("iat", issuedAt.getEpochSecond());
            claims.put("jti", UUID.randomUUID().toString());
            claims.put("iss", issuer != null ? issuer : testIssuer.issuerUrl());
            claims.put("aud", audience);
            claims.put("sub", subject);
            claims.put("typ", "Bearer");
            claims.put("azp", client);
            claims.put("scope", "openid profile email");
            claims.put("preferred_username", username);
            claims.put("realm_access", Map.of("roles", roles));
            if (organization != null) {
                claims.put("organization", organization);
            }
            KeyPair signing = key != null ? key : testIssuer.signingKey();
            Map<String, Object> header = unsigned
                    ? Map.of("alg", "none", "typ", "JWT")
                    : Map.of("alg", "RS256", "typ", "JWT", "kid", testIssuer.keyId());
            try {
                String signingInput = TestIssuer.base64Url(JSON.writeValueAsString(header)) + "."
                        + TestIssuer.base64Url(JSON.writeValueAsString(claims));
                if (unsigned) {
                    return signingInput + ".";
                }
                Signature rsa = Signature.getInstance("SHA256withRSA");
                rsa.initSign(signing.getPrivate());
                rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
                return signingInput + "." + TestIssuer.base64Url(rsa.sign());
            } catch (JsonProcessingException | GeneralSecurityException e) {
                throw new IllegalStateException("Cannot sign test token", e);
            }
        }
    }
}
