package org.learnpath.rest.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * Asked before quarkus-oidc: a request whose bearer token was verified earlier and has not expired gets an identity
 * of its own for that token's caller ({@link VerifiedTokens}) straight from the header. Anything else, a miss included, is left to
 * quarkus-oidc, which verifies the token, answers the challenge of a request without one, and remembers the
 * identities it verifies ({@link VerifiedTokenCapture}).
 *
 * <p>Asking the cache only once quarkus-oidc's own mechanism had run (as an identity provider) still paid for what
 * that mechanism does first for every request: decoding the token's claims into JSON and resolving the tenant,
 * about one eighth of assessment-service's CPU samples under single answers, for a token whose identity was known.
 */
@ApplicationScoped
public class VerifiedTokenMechanism implements HttpAuthenticationMechanism {

    private static final String BEARER = "Bearer ";

    private final VerifiedTokens tokens;

    public VerifiedTokenMechanism(VerifiedTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        String header = context.request().headers().get(HttpHeaders.AUTHORIZATION);
        if (header == null || header.length() <= BEARER.length()
                || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Uni.createFrom().nullItem();
        }
        String token = header.substring(BEARER.length()).trim();
        if (!token.isEmpty() && !isCompactJwt(token)) {
            // quarkus-oidc takes any bearer value apart as a JWT before verifying it, and fails with a server error
            // on one that has fewer than two parts. The services accept signed JWTs only, so anything else is refused.
            return Uni.createFrom().failure(new AuthenticationFailedException("The bearer token is not a JWT"));
        }
        return Uni.createFrom().item(tokens.find(token).orElse(null));
    }

    /** Three base64url parts separated by dots (the signature may be empty: quarkus-oidc refuses unsigned tokens). */
    static boolean isCompactJwt(String token) {
        int first = token.indexOf('.');
        int second = first < 0 ? -1 : token.indexOf('.', first + 1);
        if (first <= 0 || second <= first + 1 || token.indexOf('.', second + 1) >= 0) {
            return false;
        }
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            boolean base64url = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
                    || c == '_' || c == '.';
            if (!base64url) {
                return false;
            }
        }
        return true;
    }

    /** Never challenges: a request this mechanism cannot authenticate is quarkus-oidc's to answer. */
    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().nullItem();
    }

    @Override
    public Uni<Boolean> sendChallenge(RoutingContext context) {
        return Uni.createFrom().item(false);
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(TokenAuthenticationRequest.class);
    }

    /** No scheme of its own, so that a path that asks for the bearer mechanism by name always gets quarkus-oidc's. */
    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom().nullItem();
    }

    /** Above the default priority, at or near which quarkus-oidc's mechanism runs, so this one is asked first. */
    @Override
    public int getPriority() {
        return DEFAULT_PRIORITY + 100;
    }
}
