package org.learnpath.local;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * One demo team per demo organization, so that a manager who signs in for the first time has a team to assign goals
 * to: sent as each organization's HR integration would send it (the idempotent bulk upsert, PUT /api/teams), so a
 * restart finds the teams unchanged and leaves any edit made since on a team of another key alone.
 */
final class DemoTeams {

    /**
     * A demo team: its HR key and name, its members (Keycloak user ids of the demo realm, with the names the HR system
     * knows them by) and its managers (user ids).
     */
    record DemoTeam(String clientId, String key, String name, Map<String, String> members, List<String> managers) {
    }

    /** Mirrors deploy/keycloak/learnpath-realm.json's fixed user ids (alice, bob, maria; gina, gus). */
    static final List<DemoTeam> TEAMS = List.of(
            new DemoTeam("learnpath-integration", "demo-analytics", "Analytics team",
                    Map.of("00000000-0000-4000-8000-0000000a0001", "Alice",
                            "00000000-0000-4000-8000-0000000a0002", "Bob"),
                    List.of("00000000-0000-4000-8000-0000000a0005")),
            new DemoTeam("globex-integration", "demo-data-science", "Data science team",
                    Map.of("00000000-0000-4000-8000-0000000b0001", "Gina"),
                    List.of("00000000-0000-4000-8000-0000000b0002")));

    private DemoTeams() {
    }

    static void seed(LocalSystem system) {
        String url = system.serviceUrl(LocalSystem.RECOMMENDER) + "/api/teams";
        for (DemoTeam team : TEAMS) {
            String secret = Summary.DEMO_INTEGRATIONS.stream().filter(c -> c.clientId().equals(team.clientId()))
                    .findFirst().orElseThrow().secret();
            String what = "Demo team '" + team.name() + "' (" + team.clientId() + ")";
            try {
                String token = Http.clientCredentialsToken(system.tokenUrl(), team.clientId(), secret);
                HttpResponse<String> response = Http.put(url, token, body(team));
                Console.info(what + " ... " + (response.statusCode() == 200 ? "OK" : "FAILED (" + response.statusCode()
                        + ": " + response.body() + ")"));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                Console.info(what + " ... FAILED (" + e.getMessage() + ")");
            }
        }
    }

    /** The upsert's JSON; names and ids hold no character JSON would need escaped. */
    static String body(DemoTeam team) {
        String members = new TreeMap<>(team.members()).entrySet().stream()
                .map(m -> "{\"learnerId\":\"" + m.getKey() + "\",\"name\":\"" + m.getValue() + "\"}")
                .collect(Collectors.joining(","));
        String managers = team.managers().stream().map(id -> "\"" + id + "\"").collect(Collectors.joining(","));
        return "{\"teams\":[{\"key\":\"" + team.key() + "\",\"name\":\"" + team.name() + "\",\"members\":[" + members
                + "],\"managers\":[" + managers + "]}]}";
    }
}
