package org.learnpath.rest.security;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jakarta.json.JsonString;
import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The caller of a token found in {@link VerifiedTokens}: its principal name and a copy of the few claims the
 * services read, so that a cached token answers {@code @Inject JsonWebToken} as quarkus-oidc's own principal does
 * ({@link CallerTokenProducer}) without keeping anything of the request that first brought the token.
 *
 * <p>Immutable, and shared by every request that presents the same token. A claim that is not in {@link #CLAIMS}
 * reads as absent: a service that starts reading another claim must add it there, or it would see the claim on a
 * token's first request and not on the next ones.
 */
final class VerifiedCaller implements JsonWebToken {

    /** What the services and quarkus-security read of a token; JSON objects (realm_access, ...) are never copied. */
    static final List<String> CLAIMS = List.of(Claims.iss.name(), Claims.sub.name(), Claims.aud.name(),
            Claims.azp.name(), Claims.exp.name(), Claims.iat.name(), Claims.jti.name(), Claims.groups.name(),
            Organizations.CLAIM);

    /** What the JsonWebToken producer answers for a request with no token (an anonymous identity). */
    static final VerifiedCaller NONE = new VerifiedCaller(null, Map.of());

    private final String name;
    private final Map<String, Object> claims;

    private VerifiedCaller(String name, Map<String, Object> claims) {
        this.name = name;
        this.claims = claims;
    }

    /**
     * A copy of {@code token}'s {@link #CLAIMS} as it answers them (strings, numbers, sets of strings), and of
     * {@code rawToken}, which is the cache's key and so costs nothing more to keep.
     */
    static VerifiedCaller copyOf(JsonWebToken token, String rawToken) {
        Map<String, Object> copied = new LinkedHashMap<>();
        for (String claim : CLAIMS) {
            Object value = immutable(token.getClaim(claim));
            if (value != null) {
                copied.put(claim, value);
            }
        }
        if (rawToken != null) {
            copied.put(Claims.raw_token.name(), rawToken);
        }
        return new VerifiedCaller(token.getName(), Map.copyOf(copied));
    }

    private static Object immutable(Object value) {
        if (value instanceof String || value instanceof Long || value instanceof Integer
                || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Collection<?> values) {
            // quarkus-oidc answers a JSON array claim (other than groups) as a JsonArray of JsonString
            List<String> strings = values.stream()
                    .map(element -> element instanceof JsonString json ? json.getString() : element)
                    .filter(String.class::isInstance).map(String.class::cast).toList();
            return strings.size() == values.size() ? Set.copyOf(strings) : null;
        }
        return null;
    }

    @Override
    public String getName() {
        return name;
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

    /** An estimate of the heap this caller keeps beyond the raw token (the cache key, weighed by the cache). */
    int estimatedBytes() {
        int bytes = 64 + 16 * claims.size() + stringBytes(name);
        for (Map.Entry<String, Object> claim : claims.entrySet()) {
            if (claim.getKey().equals(Claims.raw_token.name())) {
                continue;
            }
            Object value = claim.getValue();
            if (value instanceof String text) {
                bytes += stringBytes(text);
            } else if (value instanceof Collection<?> values) {
                bytes += 32;
                for (Object element : values) {
                    bytes += 16 + stringBytes((String) element);
                }
            } else {
                bytes += 16;
            }
        }
        return bytes;
    }

    /** An estimate of a string's heap: Latin-1 text, as a JWT's base64url and its usual claims are. */
    static int stringBytes(String text) {
        return text == null ? 0 : 40 + text.length();
    }

    /** Never the raw token: a principal's text ends up in logs. */
    @Override
    public String toString() {
        return "VerifiedCaller[" + name + "]";
    }
}
