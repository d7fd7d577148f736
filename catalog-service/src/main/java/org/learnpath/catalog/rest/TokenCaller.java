package org.learnpath.catalog.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.learnpath.catalog.service.CatalogCaller;
import org.learnpath.rest.security.Organizations;

/** The caller of this request, from its bearer token: the organization claim and the realm roles. */
@RequestScoped
public class TokenCaller implements CatalogCaller {

    private final JsonWebToken token;
    private final SecurityIdentity identity;

    public TokenCaller(JsonWebToken token, SecurityIdentity identity) {
        this.token = token;
        this.identity = identity;
    }

    @Override
    public Optional<String> organization() {
        return Organizations.of(token);
    }

    @Override
    public String requiredOrganization() {
        return Organizations.required(token);
    }

    @Override
    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }
}
