package org.learnpath.rest.security;

import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Runs after every other augmentor, so what is remembered is the final identity's: the caller of a bearer JWT that
 * has just been verified (its roles and a copy of its claims, not the identity) is put in {@link VerifiedTokens}
 * until the token's expiry.
 */
@ApplicationScoped
public class VerifiedTokenCapture implements SecurityIdentityAugmentor {

    private final VerifiedTokens tokens;

    public VerifiedTokenCapture(VerifiedTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (!identity.isAnonymous() && identity.getPrincipal() instanceof JsonWebToken jwt
                && jwt.getExpirationTime() > 0) {
            TokenCredential credential = identity.getCredential(TokenCredential.class);
            if (credential != null && credential.getToken() != null) {
                tokens.remember(credential.getToken(), identity, jwt.getExpirationTime());
            }
        }
        return Uni.createFrom().item(identity);
    }

    @Override
    public int priority() {
        return Integer.MIN_VALUE;
    }
}
