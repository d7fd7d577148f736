package org.learnpath.rest.security;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Identities of bearer tokens quarkus-oidc has already verified, by the token's exact text, until the token expires.
 * Portals and integrations send the same access token for minutes; verifying its RSA signature and parsing its
 * claims again on every request was the largest single cost of a small request. Only a token that passed the full
 * verification once is ever found here, and only before its {@code exp}: a token that differs in one character
 * (another signature, tampered claims) is a miss and gets the full verification, and an expired one is refused by
 * it. Bounded: past {@code max-size} entries, expired ones are dropped, and all of them if that is not enough.
 */
@ApplicationScoped
public class VerifiedTokens {

    private record Entry(SecurityIdentity identity, long expiresAtSecond) {
    }

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final int maxSize;
    private final Clock clock;
    private final Counter hits;
    private final Counter misses;

    @Inject
    public VerifiedTokens(
            @ConfigProperty(name = "learnpath.security.verified-tokens.max-size", defaultValue = "10000") int maxSize,
            MeterRegistry registry) {
        this(maxSize, Clock.systemUTC(), registry);
    }

    VerifiedTokens(int maxSize, Clock clock, MeterRegistry registry) {
        this.maxSize = maxSize;
        this.clock = clock;
        this.hits = registry.counter("learnpath.security.verified.tokens", "result", "hit");
        this.misses = registry.counter("learnpath.security.verified.tokens", "result", "miss");
        registry.gaugeMapSize("learnpath.security.verified.tokens.cached", java.util.List.of(), entries);
    }

    /** The identity the token was verified as, if it was and has not expired since. */
    public Optional<SecurityIdentity> find(String token) {
        if (maxSize <= 0) {
            return Optional.empty();
        }
        Entry entry = entries.get(token);
        if (entry == null) {
            misses.increment();
            return Optional.empty();
        }
        if (clock.millis() / 1000 >= entry.expiresAtSecond()) {
            entries.remove(token, entry);
            misses.increment();
            return Optional.empty();
        }
        hits.increment();
        return Optional.of(entry.identity());
    }

    /** Remembers a verified token's identity until {@code expiresAtSecond} (the token's exp, epoch seconds). */
    public void remember(String token, SecurityIdentity identity, long expiresAtSecond) {
        if (maxSize <= 0 || entries.containsKey(token)) {
            return;
        }
        if (entries.size() >= maxSize) {
            long now = clock.millis() / 1000;
            entries.values().removeIf(e -> now >= e.expiresAtSecond());
            if (entries.size() >= maxSize) {
                entries.clear();
            }
        }
        entries.put(token, new Entry(identity, expiresAtSecond));
    }

    int size() {
        return entries.size();
    }
}
