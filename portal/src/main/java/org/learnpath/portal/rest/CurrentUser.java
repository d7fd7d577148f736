package org.learnpath.portal.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** The signed-in user as the page templates see it ({@code inject:user}): name and what the roles allow. */
@Named("user")
@RequestScoped
public class CurrentUser {

    public static final String LEARNER = "learner";
    public static final String AUTHOR = "author";
    public static final String ADMIN = "admin";
    public static final String MANAGER = "manager";

    private final SecurityIdentity identity;

    public CurrentUser(SecurityIdentity identity) {
        this.identity = identity;
    }

    public boolean isSignedIn() {
        return !identity.isAnonymous();
    }

    public String getName() {
        return identity.isAnonymous() ? "" : identity.getPrincipal().getName();
    }

    public boolean isLearner() {
        return identity.hasRole(LEARNER);
    }

    /** Authors and admins keep the curriculum and the item bank. */
    public boolean isAuthor() {
        return identity.hasRole(AUTHOR) || identity.hasRole(ADMIN);
    }

    /** Managers and admins look after teams and assign them goals (the recommender shows managers their own teams). */
    public boolean isManager() {
        return identity.hasRole(MANAGER) || identity.hasRole(ADMIN);
    }

    public boolean isAdmin() {
        return identity.hasRole(ADMIN);
    }
}
