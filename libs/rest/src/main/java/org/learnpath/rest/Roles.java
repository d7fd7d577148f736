package org.learnpath.rest;

/** Realm roles, as Keycloak puts them in realm_access.roles. */
public final class Roles {

    public static final String LEARNER = "learner";
    public static final String AUTHOR = "author";
    public static final String ADMIN = "admin";
    /** Service accounts of integrated systems (client credentials). */
    public static final String INTEGRATION = "integration";

    private Roles() {
    }
}
