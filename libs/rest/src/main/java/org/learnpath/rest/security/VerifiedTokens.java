package org.learnpath.rest.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Callers of bearer tokens quarkus-oidc has already verified, by the token's exact text, until the token expires.
 * Portals and integrations send the same access token for minutes; verifying its RSA signature and parsing its
 * claims again on every request was the largest single cost of a small request. Only a token that passed the full
 * verification once is ever found here, and only before its {@code exp}: a token that differs in one character
 * (another signature, tampered claims) is a miss and gets the full verification, and an expired one is refused by
 * it.
 *
 * <p>What is kept of a token is what authorization and the services read: its roles, its principal name and a few
 * claims ({@link VerifiedCaller}), never quarkus-oidc's identity, whose attributes hold the request that brought the
 * token. Each hit gets an identity of its own built from that copy.
 *
 * <p>Bounded by entries and by an estimate of their heap, the least used going first (Caffeine's eviction); an entry
 * also leaves at its token's {@code exp}. The bookkeeping is Caffeine's, amortised per operation and run on its
 * executor, so no request pays for the cache's size. A max-size or max-weight of 0 turns the cache off.
 */
@ApplicationScoped
public class VerifiedTokens {

    /** A token's caller and roles: nothing that belongs to one request. */
    record Entry(VerifiedCaller caller, Set<String> roles, long expiresAtSecond) {

        SecurityIdentity identity() {
            return QuarkusSecurityIdentity.builder().setPrincipal(caller).addRoles(roles).build();
        }

        int estimatedBytes() {
            // Caffeine's node, this record and the roles' set.
            int bytes = 128 + caller.estimatedBytes();
            for (String role : roles) {
                bytes += 16 + VerifiedCaller.stringBytes(role);
            }
            return bytes;
        }
    }

    private final Cache<String, Entry> cache;
    private final Clock clock;
    private final Counter hits;
    private final Counter misses;

    /**
     * @param maxWeight an estimate of the heap all entries may keep, tokens included. The default is max-size times
     *     about 1.6 KB, what a Keycloak access token of the usual size and its copied claims weigh, so that max-size
     *     is the bound for ordinary tokens and this one only for a realm whose tokens carry unusually many roles,
     *     groups or audiences (a few KB each): without it, 10,000 such tokens could take tens of MB.
     */
    @Inject
    public VerifiedTokens(
            @ConfigProperty(name = "learnpath.security.verified-tokens.max-size", defaultValue = "10000") int maxSize,
            @ConfigProperty(name = "learnpath.security.verified-tokens.max-weight", defaultValue = "16M")
            MemorySize maxWeight,
            MeterRegistry registry) {
        this(maxSize, maxWeight.asLongValue(), Clock.systemUTC(), registry);
    }

    VerifiedTokens(int maxSize, long maxWeightBytes, Clock clock, MeterRegistry registry) {
        this.clock = clock;
        this.cache = maxSize > 0 && maxWeightBytes > 0 ? newCache(maxSize, maxWeightBytes, clock) : null;
        this.hits = registry.counter("learnpath.security.verified.tokens", "result", "hit");
        this.misses = registry.counter("learnpath.security.verified.tokens", "result", "miss");
        registry.gauge("learnpath.security.verified.tokens.cached", Tags.empty(), this, VerifiedTokens::size);
    }

    /**
     * One bound for both limits: every entry weighs at least {@code maxWeight / maxSize}, so no more than
     * {@code maxSize} entries fit whatever their size, and no more than {@code maxWeight} bytes whatever their
     * number.
     */
    private static Cache<String, Entry> newCache(int maxSize, long maxWeightBytes, Clock clock) {
        long perEntry = (maxWeightBytes + maxSize - 1) / maxSize;
        int minWeight = (int) Math.min(Integer.MAX_VALUE, perEntry);
        long maximumWeight = Math.min(maxWeightBytes, (long) minWeight * maxSize);
        return Caffeine.newBuilder()
                .maximumWeight(maximumWeight)
                .<String, Entry>weigher((token, entry) ->
                        (int) Math.max(minWeight, Math.min(Integer.MAX_VALUE,
                                (long) VerifiedCaller.stringBytes(token) + entry.estimatedBytes())))
                .expireAfter(Expiry.creating((String token, Entry entry) -> untilExpiry(entry, clock)))
                .build();
    }

    private static Duration untilExpiry(Entry entry, Clock clock) {
        long expiresAtMillis = Math.min(entry.expiresAtSecond(), Long.MAX_VALUE / 1000) * 1000;
        return Duration.ofMillis(Math.max(0, expiresAtMillis - clock.millis()));
    }

    /** A new identity for the token's caller, if the token was verified and has not expired since. */
    public Optional<SecurityIdentity> find(String token) {
        if (cache == null) {
            return Optional.empty();
        }
        Entry entry = cache.getIfPresent(token);
        if (entry == null) {
            misses.increment();
            return Optional.empty();
        }
        // Caffeine expires by its monotonic ticker; exp is wall-clock time, and the token's own word.
        if (clock.millis() / 1000 >= entry.expiresAtSecond()) {
            cache.asMap().remove(token, entry);
            misses.increment();
            return Optional.empty();
        }
        hits.increment();
        return Optional.of(entry.identity());
    }

    /**
     * Remembers the caller of a verified token until {@code expiresAtSecond} (the token's exp, epoch seconds): the
     * identity's roles and what its JsonWebToken principal answers, not the identity.
     */
    public void remember(String token, SecurityIdentity identity, long expiresAtSecond) {
        if (cache == null || !(identity.getPrincipal() instanceof JsonWebToken jwt)
                || clock.millis() / 1000 >= expiresAtSecond) {
            return;
        }
        cache.asMap().putIfAbsent(token,
                new Entry(VerifiedCaller.copyOf(jwt, token), Set.copyOf(identity.getRoles()), expiresAtSecond));
    }

    long size() {
        return cache == null ? 0 : cache.estimatedSize();
    }

    /** What the cache holds, for tests that look at what an entry keeps alive. */
    Collection<Entry> entries() {
        return cache == null ? Set.of() : cache.asMap().values();
    }

    /** Caffeine's pending bookkeeping (evictions, expiries) done at once: for tests, never on the request path. */
    void cleanUp() {
        if (cache != null) {
            cache.cleanUp();
        }
    }

    /** The estimated heap of the entries, as the weight bound counts it. */
    long weight() {
        return cache == null ? 0 : cache.policy().eviction().orElseThrow().weightedSize().orElse(0);
    }
}
