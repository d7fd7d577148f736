package org.learnpath.catalog.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.learnpath.catalog.TestData.as;
import static org.learnpath.catalog.TestData.goal;
import static org.learnpath.catalog.TestData.module;
import static org.learnpath.catalog.TestData.unique;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.learnpath.testinfra.LearnPathTestResources;
import org.learnpath.testinfra.TestTokens;

/**
 * Goals of one organization: its members see them, its admins and managers write them, and for everyone else they
 * do not exist. Every token names acme unless it says otherwise.
 */
@QuarkusTest
@LearnPathTestResources
class OrganizationGoalsTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String MODULE = "data-cleaning";

    // Signed per test, so that no token outlives its five minutes in a long test run.

    private final String acmeAdmin = TestTokens.admin("grace");
    private final String acmeManager = TestTokens.manager("mia");
    private final String acmeLearner = TestTokens.learner("alice");
    private final String acmeAuthor = TestTokens.author("ada");
    /** Keycloak Organizations writes the claim as an array of one alias. */
    private final String acmeLearnerArray = TestTokens.user("alice", "learner")
            .organizationClaim(List.of(TestTokens.ACME)).sign();
    private final String globexLearner = TestTokens.user("gus", "learner").organization(TestTokens.GLOBEX).sign();
    private final String globexAdmin = TestTokens.user("gia", "admin", "author", "learner")
            .organization(TestTokens.GLOBEX).sign();
    private final String globexManager = TestTokens.user("gil", "manager", "learner")
            .organization(TestTokens.GLOBEX).sign();
    private final String authorWithoutOrganization = TestTokens.user("ada", "author", "learner")
            .organization(null).sign();
    private final String adminWithoutOrganization = TestTokens.user("root", "admin", "author", "learner")
            .organization(null).sign();
    private final String learnerWithoutOrganization = TestTokens.user("solo", "learner").organization(null).sign();

    @Test
    void anOrganizationsGoalIsSeenByItsMembersOnly() {
        for (String creator : List.of(acmeAdmin, acmeManager)) {
            String slug = organizationGoal(creator);
            as(acmeAdmin).get("/api/goals/" + slug).then().statusCode(200)
                    .body("audience", equalTo("ORGANIZATION")).body("organization", equalTo(TestTokens.ACME));
            for (String member : List.of(acmeLearner, acmeLearnerArray)) {
                as(member).get("/api/goals/" + slug).then().statusCode(200).body("slug", equalTo(slug));
                as(member).get("/api/goals/" + slug + "/study-order").then().statusCode(200).body("goal", equalTo(slug));
                as(member).get("/api/goals").then().statusCode(200).body("slug", hasItem(slug));
                as(member).get("/api/modules/" + MODULE + "/goals").then().statusCode(200).body("slug", hasItem(slug));
            }
            for (String stranger : List.of(globexLearner, globexAdmin, globexManager, authorWithoutOrganization,
                    learnerWithoutOrganization)) {
                assertAnsweredAsUnknown(stranger, slug, "");
                assertAnsweredAsUnknown(stranger, slug, "/study-order");
                as(stranger).get("/api/goals").then().statusCode(200).body("slug", not(hasItem(slug)))
                        .body("slug", hasItem("data-analyst"));
                as(stranger).get("/api/modules/" + MODULE + "/goals").then().statusCode(200)
                        .body("slug", not(hasItem(slug)));
            }
        }
    }

    @Test
    void anotherOrganizationCannotChangeOrDeleteTheGoalNorLearnThatItExists() {
        String slug = organizationGoal(acmeManager);
        String unknown = unique("nope");
        for (String stranger : List.of(globexManager, globexAdmin, authorWithoutOrganization,
                adminWithoutOrganization)) {
            Response put = as(stranger).header("If-Match", "\"0\"").body(orgGoal(slug)).put("/api/goals/" + slug);
            Response putUnknown = as(stranger).header("If-Match", "\"0\"").body(orgGoal(unknown))
                    .put("/api/goals/" + unknown);
            assertSameAnswer(put, slug, putUnknown, unknown);
            assertThat(put.statusCode()).isEqualTo(404);
            Response delete = as(stranger).delete("/api/goals/" + slug);
            assertSameAnswer(delete, slug, as(stranger).delete("/api/goals/" + unknown), unknown);
            // An author deletes no goal at all (403 for any slug); the others are told the goal does not exist.
            assertThat(delete.statusCode()).isEqualTo(stranger.equals(authorWithoutOrganization) ? 403 : 404);
        }
        // Untouched: still at version 0, with its name.
        as(acmeLearner).get("/api/goals/" + slug).then().statusCode(200).header("ETag", "\"0\"")
                .body("name", equalTo("Goal " + slug));
    }

    @Test
    void theOrganizationsAdminsAndManagersEditAndDeleteItsGoalsItsAuthorsDoNot() {
        String slug = organizationGoal(acmeAdmin);
        Map<String, Object> edit = orgGoal(slug);
        edit.put("name", "Renamed by the manager");
        as(acmeAuthor).header("If-Match", "\"0\"").body(edit).put("/api/goals/" + slug).then().statusCode(403)
                .contentType(PROBLEM).body("type", equalTo("urn:learnpath:problem:forbidden"));
        as(acmeManager).header("If-Match", "\"0\"").body(edit).put("/api/goals/" + slug).then().statusCode(200)
                .body("name", equalTo("Renamed by the manager")).body("organization", equalTo(TestTokens.ACME));
        // The audience may be left out of a replacement: it stays.
        edit.remove("audience");
        edit.put("name", "Renamed by the admin");
        as(acmeAdmin).header("If-Match", "\"1\"").body(edit).put("/api/goals/" + slug).then().statusCode(200)
                .body("audience", equalTo("ORGANIZATION"));
        as(acmeLearner).delete("/api/goals/" + slug).then().statusCode(403);
        as(acmeManager).delete("/api/goals/" + slug).then().statusCode(204);
        as(acmeLearner).get("/api/goals/" + slug).then().statusCode(404);

        String another = organizationGoal(acmeManager);
        as(acmeAuthor).body(orgGoal(unique("g"))).post("/api/goals").then().statusCode(403).contentType(PROBLEM);
        as(acmeAdmin).delete("/api/goals/" + another).then().statusCode(204);
    }

    @Test
    void aManagerWritesNoSharedGoal() {
        as(acmeManager).body(goal(unique("g"), List.of(MODULE))).post("/api/goals").then().statusCode(403)
                .contentType(PROBLEM).body("type", equalTo("urn:learnpath:problem:forbidden"));
        Map<String, Object> everyone = goal(unique("g"), List.of(MODULE));
        everyone.put("audience", "EVERYONE");
        as(acmeManager).body(everyone).post("/api/goals").then().statusCode(403).contentType(PROBLEM);
        as(acmeManager).header("If-Match", "\"0\"").body(goal("data-analyst", List.of(MODULE)))
                .put("/api/goals/data-analyst").then().statusCode(403).contentType(PROBLEM);
        as(acmeManager).delete("/api/goals/data-analyst").then().statusCode(403).contentType(PROBLEM);
        as(acmeLearner).get("/api/goals/data-analyst").then().statusCode(200).body("name", equalTo("Data Analyst"));
    }

    @Test
    void anOrganizationGoalNeedsATokenThatNamesAnOrganization() {
        for (String caller : List.of(adminWithoutOrganization,
                TestTokens.user("mo", "manager").organization(null).sign(),
                TestTokens.user("mo", "manager").organizationClaim(List.of("acme", "globex")).sign())) {
            String slug = unique("g");
            as(caller).body(orgGoal(slug)).post("/api/goals").then().statusCode(403).contentType(PROBLEM)
                    .body("type", equalTo("urn:learnpath:problem:organization-required"));
            as(adminWithoutOrganization).get("/api/goals/" + slug).then().statusCode(404);
        }
    }

    @Test
    void audienceIsValidatedAndFixedAtCreation() {
        Map<String, Object> body = goal(unique("g"), List.of(MODULE));
        body.put("audience", "FRIENDS");
        as(acmeAdmin).body(body).post("/api/goals").then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("audience"));
        body.put("audience", 7);
        as(acmeAdmin).body(body).post("/api/goals").then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("audience"));
        as(acmeAdmin).get("/api/goals/" + body.get("slug")).then().statusCode(404);

        String slug = organizationGoal(acmeAdmin);
        Map<String, Object> shared = orgGoal(slug);
        shared.put("audience", "EVERYONE");
        as(acmeAdmin).header("If-Match", "\"0\"").body(shared).put("/api/goals/" + slug).then().statusCode(400)
                .contentType(PROBLEM).body("errors[0].field", equalTo("audience"));
        as(globexLearner).get("/api/goals/" + slug).then().statusCode(404);

        Map<String, Object> own = orgGoal("data-analyst");
        as(acmeAdmin).header("If-Match", "*").body(own).put("/api/goals/data-analyst").then().statusCode(400)
                .body("errors[0].field", equalTo("audience"));
    }

    @Test
    void sharedGoalsStayAsTheyWere() {
        String slug = unique("g");
        as(authorWithoutOrganization).body(goal(slug, List.of(MODULE))).post("/api/goals").then().statusCode(201)
                .body("audience", equalTo("EVERYONE")).body("organization", nullValue())
                .body("$", org.hamcrest.Matchers.hasKey("organization"));
        for (String reader : List.of(acmeLearner, globexLearner, learnerWithoutOrganization,
                TestTokens.integrationOf(TestTokens.GLOBEX).sign())) {
            as(reader).get("/api/goals/" + slug).then().statusCode(200).body("audience", equalTo("EVERYONE"));
            as(reader).get("/api/goals").then().statusCode(200).body("slug", hasItem(slug));
        }
        as(globexAdmin).header("If-Match", "\"0\"").body(goal(slug, List.of(MODULE, "linear-regression")))
                .put("/api/goals/" + slug).then().statusCode(200);
        as(acmeAuthor).delete("/api/goals/" + slug).then().statusCode(403);
        as(adminWithoutOrganization).delete("/api/goals/" + slug).then().statusCode(204);
    }

    @Test
    void aTakenSlugIsAConflictWhoeverTookIt() {
        String slug = organizationGoal(acmeManager);
        as(globexManager).body(orgGoal(slug)).post("/api/goals").then().statusCode(409).contentType(PROBLEM);
        as(globexManager).get("/api/goals/" + slug).then().statusCode(404);
    }

    @Test
    void aModuleInUseNamesOnlyTheGoalsTheCallerSees() {
        String moduleSlug = unique("m");
        as(acmeAdmin).body(module(moduleSlug, List.of("eda-workflow"), List.of())).post("/api/modules").then()
                .statusCode(201);
        String slug = unique("g");
        Map<String, Object> body = orgGoal(slug);
        body.put("modules", List.of(moduleSlug));
        as(acmeManager).body(body).post("/api/goals").then().statusCode(201);

        as(globexAdmin).delete("/api/modules/" + moduleSlug).then().statusCode(409)
                .body("detail", not(containsString(slug)))
                .body("detail", containsString("1 goal(s) of other organizations"));
        as(acmeAdmin).delete("/api/modules/" + moduleSlug).then().statusCode(409)
                .body("detail", containsString(slug));
    }

    private static String organizationGoal(String creator) {
        String slug = unique("org-goal");
        as(creator).body(orgGoal(slug)).post("/api/goals").then().statusCode(201)
                .body("audience", equalTo("ORGANIZATION")).body("organization", equalTo(TestTokens.ACME));
        return slug;
    }

    private static Map<String, Object> orgGoal(String slug) {
        Map<String, Object> body = goal(slug, List.of(MODULE));
        body.put("audience", "ORGANIZATION");
        return body;
    }

    /** A hidden goal answers exactly as a slug nobody ever used: same status, headers that matter, same document. */
    private static void assertAnsweredAsUnknown(String token, String slug, String suffix) {
        String unknown = unique("nope");
        Response hidden = as(token).get("/api/goals/" + slug + suffix);
        Response never = as(token).get("/api/goals/" + unknown + suffix);
        assertThat(hidden.statusCode()).isEqualTo(404);
        assertSameAnswer(hidden, slug, never, unknown);
    }

    private static void assertSameAnswer(Response hidden, String slug, Response never, String unknown) {
        assertThat(hidden.statusCode()).isEqualTo(never.statusCode());
        assertThat(hidden.contentType()).isEqualTo(never.contentType());
        assertThat(hidden.header("ETag")).isEqualTo(never.header("ETag"));
        assertThat(hidden.asString().replace(slug, "SLUG")).isEqualTo(never.asString().replace(unknown, "SLUG"));
    }
}
