package org.learnpath.rest.security;

import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Runs after every other augmentor, so the identity remembered is the final one: a bearer JWT that has just been
 * verified is put in {@link VerifiedTokens} until its expiry.
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
