package org.learnpath.portal.repository;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Optional;

/**
 * Token propagation: every call to a service carries the signed-in user's own access token, so that the services
 * decide with that user's roles. The portal has no account of its own at the services. Without a signed-in user
 * the call goes out without a token and the service refuses it.
 */
@ApplicationScoped
public class UserToken implements ClientRequestFilter {

    private final SecurityIdentity identity;

    public UserToken(SecurityIdentity identity) {
        this.identity = identity;
    }

    @Override
    public void filter(ClientRequestContext request) {
        current().ifPresent(token -> request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + token));
    }

    /** The signed-in user's access token, if there is one. */
    public Optional<String> current() {
        if (identity.isAnonymous()) {
            return Optional.empty();
        }
        AccessTokenCredential credential = identity.getCredential(AccessTokenCredential.class);
        return credential == null ? Optional.empty() : Optional.ofNullable(credential.getToken());
    }
}
