package org.learnpath.local;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The environment the local launcher gives the portal (LocalEnvironment) and the demo logins its summary prints, for
 * the manifests' checks to compare with the demo realm. In the launcher's package because LocalEnvironment and
 * Summary are package-private there.
 */
public final class LauncherEnvironment {

    private LauncherEnvironment() {
    }

    /** The portal's variables with the launcher's default ports and issuer. */
    public static Map<String, String> portal() {
        return LocalEnvironment.of(LocalSystem.PORTAL, PortPlan.defaults(), "http://localhost:8180/realms/learnpath");
    }

    /** The summary's demo logins, each as "user organization [roles, sorted]". */
    public static List<String> demoUsers() {
        return Summary.DEMO_USERS.stream()
                .map(u -> u.username() + " " + u.organization() + " " + new TreeSet<>(u.roles())).toList();
    }

    /** The summary's integration clients, each as "clientId secret organization". */
    public static List<String> demoIntegrations() {
        return Summary.DEMO_INTEGRATIONS.stream()
                .map(c -> c.clientId() + " " + c.secret() + " " + c.organization()).toList();
    }

    /**
     * The launcher's demo teams, each as "clientId members=[id, ...] managers=[id, ...]" (ids sorted), to check
     * against the realm's users and integration clients.
     */
    public static List<String> demoTeams() {
        return DemoTeams.TEAMS.stream().map(t -> t.clientId() + " members=" + new TreeSet<>(t.members().keySet())
                + " managers=" + new TreeSet<>(t.managers())).toList();
    }
}
