package org.learnpath.rest.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

/**
 * The verified-token cache keeps a copy of what a token's caller is (roles, principal name, a few claims), bounded
 * by entries and by weight, and answers a hit with a new identity that says what quarkus-oidc's did.
 */
class VerifiedTokensTest {

    private static final long NOW = 1_800_000_000L;
    private static final String PAD = "x".repeat(4_000);

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final MutableClock clock = new MutableClock(NOW * 1000);

    @Test
    void fiftyThousandDistinctTokensStayWithinTheEntryAndWeightBounds() {
        int maxSize = 10_000;
        long maxWeight = 16L * 1024 * 1024;
        VerifiedTokens tokens = new VerifiedTokens(maxSize, maxWeight, clock, registry);

        for (int i = 0; i < 50_000; i++) {
            String token = token(i);
            tokens.remember(token, identity("user-" + i, NOW + 300, "learner"), NOW + 300);
        }
        tokens.cleanUp();

        // What is found, counted through the public lookup: 4 KB tokens, so the weight is the binding bound.
        int found = 0;
        long foundBytes = 0;
        for (int i = 0; i < 50_000; i++) {
            String token = token(i);
            if (tokens.find(token).isPresent()) {
                found++;
                foundBytes += token.length();
            }
        }
        assertThat(found).isPositive().isLessThanOrEqualTo(maxSize);
        assertThat(foundBytes).isLessThanOrEqualTo(maxWeight);
        assertThat(tokens.size()).isLessThanOrEqualTo(maxSize);
        assertThat(tokens.weight()).isLessThanOrEqualTo(maxWeight);
        assertThat(registry.get("learnpath.security.verified.tokens.cached").gauge().value())
                .isLessThanOrEqualTo(maxSize);
    }

    @Test
    void smallTokensAreBoundedByTheEntryCount() {
        int maxSize = 1_000;
        long maxWeight = 16L * 1024 * 1024;
        VerifiedTokens tokens = new VerifiedTokens(maxSize, maxWeight, clock, registry);

        for (int i = 0; i < 50_000; i++) {
            tokens.remember("t" + i, identity("user-" + i, NOW + 300, "learner"), NOW + 300);
        }
        tokens.cleanUp();

        assertThat(tokens.size()).isPositive().isLessThanOrEqualTo(maxSize);
        assertThat(tokens.weight()).isLessThanOrEqualTo(maxWeight);
    }

    @Test
    void aHitIsANewIdentityThatAnswersAsTheVerifiedOne() {
        VerifiedTokens tokens = new VerifiedTokens(100, 1024 * 1024, clock, registry);
        SecurityIdentity verified = identity("learner-1", NOW + 60, "learner", "author");
        tokens.remember("token-a", verified, NOW + 60);

        SecurityIdentity first = tokens.find("token-a").orElseThrow();
        SecurityIdentity second = tokens.find("token-a").orElseThrow();

        assertThat(first).isNotSameAs(verified).isNotSameAs(second);
        assertThat(first.getRoles()).containsExactlyInAnyOrder("learner", "author");
        assertThat(first.hasRole("author")).isTrue();
        assertThat(first.hasRole("admin")).isFalse();
        assertThat(first.isAnonymous()).isFalse();
        assertThat(first.getAttributes()).isEmpty();
        assertThat(first.getCredentials()).isEmpty();

        JsonWebToken original = (JsonWebToken) verified.getPrincipal();
        JsonWebToken cached = (JsonWebToken) first.getPrincipal();
        assertThat(cached).isNotSameAs(original);
        assertThat(cached.getName()).isEqualTo(original.getName());
        assertThat(cached.getSubject()).isEqualTo(original.getSubject());
        assertThat((Object) cached.getClaim("azp")).isEqualTo(original.getClaim("azp"));
        assertThat(cached.getIssuer()).isEqualTo(original.getIssuer());
        assertThat(cached.getAudience()).isEqualTo(original.getAudience());
        assertThat(cached.getExpirationTime()).isEqualTo(original.getExpirationTime());
        assertThat(cached.getIssuedAtTime()).isEqualTo(original.getIssuedAtTime());
        assertThat(cached.getRawToken()).isEqualTo("token-a");
        // A JSON object claim is not copied: nothing the services read, and it could be anything.
        assertThat((Object) cached.getClaim("realm_access")).isNull();
        assertThat(cached.toString()).doesNotContain("token-a");

        assertThat(registry.get("learnpath.security.verified.tokens").tag("result", "hit").counter().count())
                .isEqualTo(2);
    }

    @Test
    void aTokenIsFoundUntilItsExpiryOnly() {
        VerifiedTokens tokens = new VerifiedTokens(100, 1024 * 1024, clock, registry);
        tokens.remember("token-b", identity("learner-2", NOW + 10, "learner"), NOW + 10);
        tokens.remember("already-expired", identity("learner-3", NOW, "learner"), NOW);

        assertThat(tokens.find("token-b")).isPresent();
        assertThat(tokens.find("already-expired")).isEmpty();

        clock.millis = (NOW + 10) * 1000;
        assertThat(tokens.find("token-b")).isEmpty();
        assertThat(registry.get("learnpath.security.verified.tokens").tag("result", "miss").counter().count())
                .isEqualTo(2);
    }

    @Test
    void aZeroMaxSizeTurnsTheCacheOff() {
        VerifiedTokens tokens = new VerifiedTokens(0, 1024 * 1024, clock, registry);
        tokens.remember("token-c", identity("learner-4", NOW + 60, "learner"), NOW + 60);

        assertThat(tokens.find("token-c")).isEmpty();
        assertThat(tokens.size()).isZero();
    }

    private static String token(int i) {
        return String.format("%08d", i) + PAD;
    }

    /** What quarkus-oidc's identity looks like to the cache: a JsonWebToken principal, roles, request attributes. */
    private static SecurityIdentity identity(String subject, long exp, String... roles) {
        Map<String, Object> claims = new HashMap<>();
        claims.put("iss", "https://issuer.example/realms/learnpath");
        claims.put("sub", subject);
        claims.put("aud", Set.of("learnpath-api", "account"));
        claims.put("azp", "learnpath-portal");
        claims.put("exp", exp);
        claims.put("iat", exp - 300);
        claims.put("preferred_username", "name-of-" + subject);
        claims.put("realm_access", Map.of("roles", Set.of(roles)));
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new MapToken(claims))
                .addRoles(Set.of(roles))
                .addAttribute("io.vertx.ext.web.RoutingContext", new Object())
                .build();
    }

    private record MapToken(Map<String, Object> claims) implements JsonWebToken {

        @Override
        public String getName() {
            return (String) claims.get("preferred_username");
        }

        @Override
        public Set<String> getClaimNames() {
            return claims.keySet();
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T getClaim(String claimName) {
            return (T) claims.get(claimName);
        }
    }

    private static final class MutableClock extends Clock {
        volatile long millis;

        MutableClock(long millis) {
            this.millis = millis;
        }

        @Override
        public long millis() {
            return millis;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
