package org.learnpath.catalog.service;

import java.util.Optional;

/**
 * Who is asking, as far as the catalog cares (the service's port; the REST layer implements it from the bearer
 * token): their organization decides which goals exist for them, their realm roles what they may change.
 */
public interface CatalogCaller {

    /** The caller's organization, or empty when the token names none (a shared-curriculum author, say). */
    Optional<String> organization();

    /** The caller's organization, or a 403 problem of type organization-required when the token names none. */
    String requiredOrganization();

    boolean hasRole(String role);

    /** Whether a goal owned by {@code owner} ({@code null}: shared) exists for this caller at all. */
    default boolean sees(String owner) {
        return owner == null || organization().filter(owner::equals).isPresent();
    }
}
