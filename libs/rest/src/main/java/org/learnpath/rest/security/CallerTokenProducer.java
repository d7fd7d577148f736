package org.learnpath.rest.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The request's {@code JsonWebToken} is its identity's principal, whichever mechanism authenticated it: quarkus-oidc's
 * own principal when it verified the token, the {@link VerifiedCaller} copy when the token was found in
 * {@link VerifiedTokens}.
 *
 * <p>quarkus-oidc's producer (an alternative of priority 2) only hands out its own principal class, and otherwise
 * parses the token's claims again from an access-token credential: it would answer a cached token with an empty
 * token, or pay per request the JSON decoding the cache is there to save. Anonymous requests get a token with no
 * claims, as from quarkus-oidc.
 */
@ApplicationScoped
public class CallerTokenProducer {

    @Produces
    @RequestScoped
    @Alternative
    @Priority(10)
    JsonWebToken callerToken(SecurityIdentity identity) {
        return !identity.isAnonymous() && identity.getPrincipal() instanceof JsonWebToken token
                ? token
                : VerifiedCaller.NONE;
    }
}
