package org.learnpath.rest;

/** Realm roles, as Keycloak puts them in realm_access.roles. */
public final class Roles {

    public static final String LEARNER = "learner";
    public static final String AUTHOR = "author";
    public static final String ADMIN = "admin";
    /** Assigns learning to the teams they manage and reads those teams' progress. */
    public static final String MANAGER = "manager";
    /** Service accounts of integrated systems (client credentials). */
    public static final String INTEGRATION = "integration";

    private Roles() {
    }
}
