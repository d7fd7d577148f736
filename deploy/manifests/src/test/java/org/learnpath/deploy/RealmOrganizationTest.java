package org.learnpath.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.keycloak.representations.userprofile.config.UPAttribute;
import org.keycloak.representations.userprofile.config.UPConfig;
import org.learnpath.local.LauncherEnvironment;

/**
 * Every token names its caller's organization as the claim {@value #CLAIM}, the services' tenant: a user's from the
 * user attribute of that name, which only administrators see and change (the realm's user profile), an
 * integration client's hard-coded (a client-credentials token has no user to read it from). The demo realm puts
 * every person in exactly one organization, and the local launcher's summary lists them as the realm has them.
 */
class RealmOrganizationTest {

    static final String CLAIM = "organization";
    static final String ATTRIBUTE = "organization";
    static final String USER_PROFILE = "org.keycloak.userprofile.UserProfileProvider";
    /** Keycloak's own attributes, which a user-profile configuration must keep (it replaces the default one). */
    static final Set<String> DEFAULT_ATTRIBUTES = Set.of("username", "email", "firstName", "lastName");

    /** Unknown fields fail: a misspelt key in the profile would otherwise be dropped by Keycloak without a word. */
    private static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    static List<JsonNode> mappers(JsonNode client) {
        return Tree.list(client.path("protocolMappers")).stream()
                .filter(m -> CLAIM.equals(Tree.text(m.at("/config/claim.name")))).toList();
    }

    static boolean serviceAccount(JsonNode client) {
        return client.path("serviceAccountsEnabled").asBoolean(false);
    }

    /** The realm's user profile, read as Keycloak reads it (one JSON document in the component's config). */
    static UPConfig userProfile(JsonNode realm) {
        List<JsonNode> providers = Tree.list(realm.at("/components/" + USER_PROFILE));
        assertThat(providers).as("the realm's %s components", USER_PROFILE).hasSize(1);
        JsonNode provider = providers.get(0);
        assertThat(Tree.text(provider.path("providerId"))).isEqualTo("declarative-user-profile");
        List<JsonNode> config = Tree.list(provider.at("/config/kc.user.profile.config"));
        assertThat(config).as("kc.user.profile.config: one JSON document").hasSize(1);
        try {
            return STRICT.readValue(config.get(0).asText(), UPConfig.class);
        } catch (JsonProcessingException e) {
            throw new AssertionError("kc.user.profile.config is not Keycloak's UPConfig: " + e.getMessage(), e);
        }
    }

    static Pattern aliasPattern(UPConfig profile) {
        UPAttribute organization = profile.getAttribute(ATTRIBUTE);
        assertThat(organization).as("user-profile attribute %s", ATTRIBUTE).isNotNull();
        Map<String, Object> pattern = organization.getValidations().get("pattern");
        assertThat(pattern).as("%s: a pattern validator", ATTRIBUTE).isNotNull();
        return Pattern.compile(String.valueOf(pattern.get("pattern")));
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void everyClientsTokensNameTheCallersOrganization(Overlay overlay) {
        JsonNode realm = KeycloakTest.realmImport(overlay);
        Pattern alias = aliasPattern(userProfile(realm));
        Pattern placeholder = Pattern.compile("\\$\\{([A-Za-z0-9_]+)}");
        for (JsonNode client : Tree.list(realm.path("clients"))) {
            String id = Tree.text(client.path("clientId"));
            List<JsonNode> mappers = mappers(client);
            assertThat(mappers).as("%s: %s mappers of the claim %s", overlay, id, CLAIM).hasSize(1);
            JsonNode mapper = mappers.get(0);
            JsonNode config = mapper.path("config");
            assertThat(Tree.text(config.path("access.token.claim"))).as("%s: %s in access tokens", overlay, id)
                    .isEqualTo("true");
            assertThat(Tree.text(config.path("jsonType.label"))).as("%s: %s claim type", overlay, id)
                    .isEqualTo("String");
            if (serviceAccount(client)) {
                assertThat(Tree.text(mapper.path("protocolMapper"))).as("%s: %s", overlay, id)
                        .isEqualTo("oidc-hardcoded-claim-mapper");
                String value = Tree.text(config.path("claim.value"));
                if (overlay == Overlay.DEMO) {
                    assertThat(value).as("%s: %s organization", overlay, id).matches(alias);
                } else {
                    // Production names no organization in Git: the deployer's, from the integration's Secret.
                    var m = placeholder.matcher(value);
                    assertThat(m.matches()).as("%s: %s organization is a ${PLACEHOLDER}", overlay, id).isTrue();
                    assertThat(Tree.text(overlay.output().ofKind("KeycloakRealmImport").get(0).spec()
                            .at("/placeholders/" + m.group(1) + "/secret/name"))).as("placeholder %s from a Secret",
                            m.group(1)).isNotBlank();
                }
            } else {
                assertThat(Tree.text(mapper.path("protocolMapper"))).as("%s: %s", overlay, id)
                        .isEqualTo("oidc-usermodel-attribute-mapper");
                assertThat(Tree.text(config.path("user.attribute"))).isEqualTo(ATTRIBUTE);
                assertThat(Tree.text(config.path("id.token.claim"))).as("%s: %s in ID tokens", overlay, id)
                        .isEqualTo("true");
                // One organization: a string claim, never an array a caller could pick from.
                assertThat(config.path("multivalued").asText("false")).as("%s: %s multivalued", overlay, id)
                        .isEqualTo("false");
                assertThat(config.path("aggregate.attrs").asText("false")).isEqualTo("false");
            }
        }
        assertThat(KeycloakTest.names(realm.at("/roles/realm"), "name")).contains("manager");
    }

    /**
     * Users must not move themselves to another organization (or see which one they are in) through the account
     * console: only administrators see and edit the attribute. The profile keeps Keycloak's own attributes, and
     * production's is the demo's.
     */
    @ParameterizedTest
    @EnumSource(Overlay.class)
    void onlyAdministratorsSeeAndChangeAUsersOrganization(Overlay overlay) {
        JsonNode realm = KeycloakTest.realmImport(overlay);
        UPConfig profile = userProfile(realm);
        Set<String> names = new TreeSet<>();
        profile.getAttributes().forEach(a -> names.add(a.getName()));
        assertThat(names).containsAll(DEFAULT_ATTRIBUTES).contains(ATTRIBUTE);
        UPAttribute organization = profile.getAttribute(ATTRIBUTE);
        assertThat(organization.getPermissions().getEdit()).as("who edits %s", ATTRIBUTE).containsExactly("admin");
        assertThat(organization.getPermissions().getView()).as("who views %s", ATTRIBUTE).containsExactly("admin");
        assertThat(organization.isMultivalued()).as("%s multivalued", ATTRIBUTE).isFalse();
        assertThat(organization.getRequired()).as("required: authors and platform admins may have none").isNull();
        Pattern alias = aliasPattern(profile);
        for (String good : List.of("acme", "globex", "a", "acme-eu-2", "x".repeat(63))) {
            assertThat(alias.matcher(good).matches()).as("alias %s", good).isTrue();
        }
        for (String bad : List.of("", "Acme", "-acme", "acme-", "acme corp", "acme_eu", "x".repeat(64), "[\"acme\"]")) {
            assertThat(alias.matcher(bad).matches()).as("not an alias: %s", bad).isFalse();
        }
        for (String attribute : DEFAULT_ATTRIBUTES) {
            assertThat(profile.getAttribute(attribute).getPermissions().getEdit()).as("%s editable by users", attribute)
                    .contains("user");
        }
        String demo = Tree.list(Repo.realm().at("/components/" + USER_PROFILE)).get(0)
                .at("/config/kc.user.profile.config").get(0).asText();
        String here = Tree.list(realm.at("/components/" + USER_PROFILE)).get(0)
                .at("/config/kc.user.profile.config").get(0).asText();
        assertThat(Tree.json(here)).as("%s: the demo realm's user profile", overlay).isEqualTo(Tree.json(demo));
    }

    /**
     * Every person of the demo has a fixed id (their learner id, stable across re-imports, so demos and docs can
     * name it) and exactly one organization; each organization has learners, a manager, an admin and an
     * integration client, so that isolation can be shown with real logins.
     */
    @Test
    void theDemoRealmPutsEveryPersonInExactlyOneOrganization() {
        JsonNode realm = Repo.realm();
        Pattern alias = aliasPattern(userProfile(realm));
        Map<String, Set<String>> rolesByOrganization = new TreeMap<>();
        Set<String> ids = new TreeSet<>();
        for (JsonNode user : Tree.list(realm.path("users"))) {
            String name = Tree.text(user.path("username"));
            if (user.hasNonNull("serviceAccountClientId")) {
                assertThat(user.has("attributes")).as("service account %s: its client names the organization", name)
                        .isFalse();
                continue;
            }
            assertThat(user.path("id").asText("")).as("%s: a fixed id", name).matches("[0-9a-f-]{36}");
            assertThat(ids.add(Tree.text(user.path("id")))).as("%s: a unique id", name).isTrue();
            List<JsonNode> organizations = Tree.list(user.at("/attributes/" + ATTRIBUTE));
            assertThat(organizations).as("%s: organizations", name).hasSize(1);
            String organization = organizations.get(0).asText();
            assertThat(organization).as("%s: organization", name).matches(alias);
            Tree.list(user.path("realmRoles")).forEach(r ->
                    rolesByOrganization.computeIfAbsent(organization, k -> new TreeSet<>()).add(r.asText()));
        }
        assertThat(rolesByOrganization).containsOnlyKeys("acme", "globex");
        rolesByOrganization.forEach((organization, roles) -> assertThat(roles).as(organization)
                .contains("learner", "manager", "admin"));
        Map<String, String> integrations = new TreeMap<>();
        for (JsonNode client : Tree.list(realm.path("clients"))) {
            if (serviceAccount(client)) {
                String id = Tree.text(client.path("clientId"));
                integrations.put(id, Tree.text(mappers(client).get(0).at("/config/claim.value")));
                assertThat(Tree.list(realm.path("users"))).as("%s: a service account with role integration", id)
                        .anySatisfy(u -> {
                            assertThat(Tree.text(u.path("serviceAccountClientId"))).isEqualTo(id);
                            assertThat(Tree.list(u.path("realmRoles"))).extracting(JsonNode::asText)
                                    .containsExactly("integration");
                        });
            }
        }
        assertThat(integrations).containsEntry("learnpath-integration", "acme")
                .containsEntry("globex-integration", "globex");
    }

    /** The local launcher prints the demo logins and integration clients: as the realm has them. */
    @Test
    void theLocalSummaryListsTheRealmsUsersAndIntegrations() {
        JsonNode realm = Repo.realm();
        List<String> realmUsers = new ArrayList<>();
        for (JsonNode user : Tree.list(realm.path("users"))) {
            if (user.has("credentials")) {
                realmUsers.add(Tree.text(user.path("username")) + " " + user.at("/attributes/" + ATTRIBUTE).get(0)
                        .asText() + " " + new TreeSet<>(Tree.list(user.path("realmRoles")).stream()
                        .map(JsonNode::asText).toList()));
            }
        }
        assertThat(LauncherEnvironment.demoUsers()).as("the summary's demo logins")
                .containsExactlyInAnyOrderElementsOf(realmUsers);
        List<String> realmClients = new ArrayList<>();
        for (JsonNode client : Tree.list(realm.path("clients"))) {
            if (serviceAccount(client)) {
                realmClients.add(Tree.text(client.path("clientId")) + " " + Tree.text(client.path("secret")) + " "
                        + Tree.text(mappers(client).get(0).at("/config/claim.value")));
            }
        }
        assertThat(LauncherEnvironment.demoIntegrations()).as("the summary's integration clients")
                .containsExactlyInAnyOrderElementsOf(realmClients);
    }

    /**
     * The launcher's demo teams (sent through each organization's integration) name realm users of that integration's
     * organization: learners as members, users with the role manager as managers.
     */
    @Test
    void theLocalDemoTeamsAreOfTheirIntegrationsOrganization() {
        JsonNode realm = Repo.realm();
        Map<String, String> organizationById = new TreeMap<>();
        Map<String, Set<String>> rolesById = new TreeMap<>();
        for (JsonNode user : Tree.list(realm.path("users"))) {
            if (user.has("credentials")) {
                String id = Tree.text(user.path("id"));
                organizationById.put(id, user.at("/attributes/" + ATTRIBUTE).get(0).asText());
                rolesById.put(id, new TreeSet<>(Tree.list(user.path("realmRoles")).stream().map(JsonNode::asText)
                        .toList()));
            }
        }
        Map<String, String> organizationByClient = new TreeMap<>();
        for (JsonNode client : Tree.list(realm.path("clients"))) {
            if (serviceAccount(client)) {
                organizationByClient.put(Tree.text(client.path("clientId")),
                        Tree.text(mappers(client).get(0).at("/config/claim.value")));
            }
        }
        List<String> teams = LauncherEnvironment.demoTeams();
        assertThat(teams).hasSize(2);
        for (String team : teams) {
            Matcher m = Pattern.compile("(\\S+) members=\\[(.*)] managers=\\[(.*)]").matcher(team);
            assertThat(m.matches()).as(team).isTrue();
            String organization = organizationByClient.get(m.group(1));
            assertThat(organization).as("%s: an integration client of the realm", m.group(1)).isNotNull();
            for (String member : m.group(2).split(", ")) {
                assertThat(organizationById.get(member)).as("member %s", member).isEqualTo(organization);
                assertThat(rolesById.get(member)).as("member %s", member).contains("learner");
            }
            for (String manager : m.group(3).split(", ")) {
                assertThat(organizationById.get(manager)).as("manager %s", manager).isEqualTo(organization);
                assertThat(rolesById.get(manager)).as("manager %s", manager).contains("manager");
            }
        }
    }
}
