package org.learnpath.portal.rest.manage;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.learnpath.portal.FakeServicesClient.last;
import static org.learnpath.portal.FakeServicesClient.requests;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.learnpath.portal.FakeServices;
import org.learnpath.portal.SignedInProfile;
import org.learnpath.testinfra.TestTokens;

/**
 * The team pages against fake services: who sees them, what they send (request bodies, If-Match, the user's token)
 * and how the recommender's refusals come back next to the form's fields with the input kept.
 */
@QuarkusTest
@TestProfile(SignedInProfile.class)
class TeamPagesTest {

    private final String maria = TestTokens.manager("maria");
    private final String grace = TestTokens.admin("grace");
    private final String alice = TestTokens.learner("alice");

    private static Map<String, String> teamForm() {
        return Map.of("name", "Data crew", "key", "hr-42",
                "members", "alice-id | Alice Learner\n\n  bob-id  \n", "managers", "maria-id\n", "etag", "\"3\"");
    }

    @Test
    void aManagerSeesTheirTeamsAndTheNavigationButNoCreateButton() {
        String page = given().auth().oauth2(maria).get("/manage/teams")
                .then().statusCode(200).contentType(containsString("text/html")).header("Cache-Control", "no-store")
                .extract().asString();

        assertThat(page).contains("<a id=\"nav-teams\" href=\"/manage/teams\">Teams</a>")
                .contains("<a id=\"nav-assignments\" href=\"/manage/assignments\">Assignments</a>")
                .contains("<a class=\"lp-team\" data-team-id=\"" + FakeServices.TEAM + "\" href=\"/manage/teams/"
                        + FakeServices.TEAM + "\">Data crew</a>")
                .contains(TestTokens.subjectOf("maria")).contains("<td>2</td>").contains("The teams you manage")
                .doesNotContain("id=\"new-team\"").doesNotContain("style=\"").doesNotContain("<script>");
        JsonPath sent = last("GET", "/recommender/api/teams");
        assertThat(sent.getString("query")).isEqualTo("page=0&size=20");
        assertThat(sent.getString("headers.authorization")).isEqualTo("Bearer " + maria);
    }

    @Test
    void theTeamListIsPaged() {
        String page = given().auth().oauth2(grace).queryParam("page", "1").get("/manage/teams")
                .then().statusCode(200).extract().asString();

        assertThat(page).contains("<nav aria-label=\"Pages of teams\">").contains("<p>Page 2 of 3.")
                .contains("<a rel=\"prev\" href=\"/manage/teams?page=0\">")
                .contains("<a rel=\"next\" href=\"/manage/teams?page=2\">")
                .contains("id=\"new-team\"");
        assertThat(last("GET", "/recommender/api/teams").getString("query")).isEqualTo("page=1&size=20");
    }

    @Test
    void aLearnerGetsTheForbiddenPageAndNoManagersNavigation() {
        given().auth().oauth2(alice).get("/manage/teams").then().statusCode(403)
                .body(containsString("id=\"forbidden\"")).body(not(containsString("id=\"nav-teams\"")));
        given().auth().oauth2(alice).get("/manage/teams/" + FakeServices.TEAM).then().statusCode(403);
        String home = given().auth().oauth2(alice).get("/learn/history").then().statusCode(200).extract().asString();
        assertThat(home).contains("id=\"nav-my-assignments\"").doesNotContain("id=\"nav-teams\"")
                .doesNotContain("id=\"nav-assignments\"");
    }

    @Test
    void theTeamPageListsMembersAndManagersAndOffersTheGoalsToAssign() {
        String page = given().auth().oauth2(maria).get("/manage/teams/" + FakeServices.TEAM)
                .then().statusCode(200).extract().asString();

        assertThat(page).contains("<h1>Team Data crew</h1>")
                .contains("<tr class=\"lp-member\" data-learner-id=\"alice-id\"><th scope=\"row\">Alice Learner</th>")
                .contains("data-learner-id=\"bob-id\"><th scope=\"row\"><span class=\"lp-muted\">No name given</span>")
                .contains("<li class=\"lp-id\">" + TestTokens.subjectOf("maria") + "</li>")
                .contains("<form id=\"assign-form\" method=\"post\" action=\"/manage/teams/" + FakeServices.TEAM
                        + "/assignments\" novalidate>")
                .contains("<option value=\"data-analyst\">Data Analyst</option>")
                .contains("<option value=\"ml-foundations\">ML Foundations</option>")
                .contains("<input id=\"dueDate\" name=\"dueDate\" type=\"date\" value=\"\"")
                .doesNotContain("id=\"edit-team\"").doesNotContain("id=\"delete-team\"");
        assertThat(last("GET", "/catalog/api/goals").getString("headers.authorization")).isEqualTo("Bearer " + maria);
    }

    @Test
    void assigningAGoalPostsItForTheTeamAndOpensTheAssignment() {
        given().auth().oauth2(maria).redirects().follow(false)
                .formParams(Map.of("goal", "data-analyst", "dueDate", "2031-01-31"))
                .post("/manage/teams/" + FakeServices.TEAM + "/assignments")
                .then().statusCode(303)
                .header("Location", endsWith("/manage/assignments/" + FakeServices.ASSIGNMENT + "?assigned=1"));

        JsonPath sent = last("POST", "/recommender/api/assignments");
        JsonPath body = new JsonPath(sent.getString("body"));
        assertThat(body.getString("goal")).isEqualTo("data-analyst");
        assertThat(body.getString("teamId")).isEqualTo(FakeServices.TEAM);
        assertThat(body.getString("dueDate")).isEqualTo("2031-01-31");
        assertThat(sent.getString("headers.authorization")).isEqualTo("Bearer " + maria);
    }

    @Test
    void theRecommendersRefusalsOfAnAssignmentAreShownAtTheirFields() {
        String goal = given().auth().oauth2(maria).formParams(Map.of("goal", FakeServices.UNKNOWN_GOAL, "dueDate", ""))
                .post("/manage/teams/" + FakeServices.TEAM + "/assignments")
                .then().statusCode(400).contentType(containsString("text/html")).extract().asString();
        assertThat(goal).contains("<p id=\"goal-error\" class=\"lp-field-error\" data-field=\"goal\">No goal &#39;"
                + "retired-goal&#39; in the catalog.</p>").contains("aria-invalid=\"true\"");
        assertThat(new JsonPath(last("POST", "/recommender/api/assignments").getString("body"))
                .getString("dueDate")).isNull();

        String due = given().auth().oauth2(maria).formParams(Map.of("goal", "data-analyst", "dueDate",
                FakeServices.PAST_DUE)).post("/manage/teams/" + FakeServices.TEAM + "/assignments")
                .then().statusCode(400).extract().asString();
        assertThat(due).contains("data-field=\"dueDate\">Must not be in the past.</p>")
                .contains("<option value=\"data-analyst\" selected>Data Analyst</option>")
                .contains("value=\"" + FakeServices.PAST_DUE + "\"");
    }

    @Test
    void aMalformedAssignmentIsRefusedWithoutAskingTheRecommender() {
        int before = requests().size();
        String page = given().auth().oauth2(maria).formParams(Map.of("goal", "", "dueDate", "31/01/2031"))
                .post("/manage/teams/" + FakeServices.TEAM + "/assignments")
                .then().statusCode(400).extract().asString();

        assertThat(page).contains("data-field=\"goal\">Choose a goal.</p>")
                .contains("data-field=\"dueDate\">Write the date as YYYY-MM-DD")
                .contains("value=\"31/01/2031\"");
        assertThat(requests().subList(before, requests().size()))
                .noneMatch(r -> "POST".equals(r.get("method")));
    }

    @Test
    void anUnknownTeamIsANotFoundPageNotAnError() {
        given().auth().oauth2(maria).get("/manage/teams/5e0c1a00-4444-4000-8000-0000000000aa").then().statusCode(404)
                .contentType(containsString("text/html")).body(containsString("lp-error"));
        given().auth().oauth2(maria).get("/manage/teams/not-a-team").then().statusCode(404)
                .body(containsString("There is no team at this address."));
        given().auth().oauth2(maria).formParams(Map.of("goal", "data-analyst"))
                .post("/manage/teams/5e0c1a00-4444-4000-8000-0000000000aa/assignments").then().statusCode(404);
    }

    @Test
    void aManagerMayNotCreateEditOrDeleteTeams() {
        given().auth().oauth2(maria).get("/manage/teams/new").then().statusCode(403);
        given().auth().oauth2(maria).formParams(teamForm()).post("/manage/teams").then().statusCode(403);
        given().auth().oauth2(maria).get("/manage/teams/" + FakeServices.TEAM + "/edit").then().statusCode(403);
        given().auth().oauth2(maria).formParams(teamForm()).post("/manage/teams/" + FakeServices.TEAM)
                .then().statusCode(403);
        given().auth().oauth2(maria).formParam("confirm", "yes").post("/manage/teams/" + FakeServices.TEAM + "/delete")
                .then().statusCode(403);
    }

    @Test
    void anAdminCreatesATeamWithMembersNamesAndManagers() {
        String form = given().auth().oauth2(grace).get("/manage/teams/new").then().statusCode(200).extract().asString();
        assertThat(form).contains("<form id=\"team-form\" method=\"post\" action=\"/manage/teams\" novalidate>")
                .contains("<textarea id=\"members\" name=\"members\"");

        given().auth().oauth2(grace).redirects().follow(false).formParams(teamForm()).post("/manage/teams")
                .then().statusCode(303).header("Location", endsWith("/manage/teams/" + FakeServices.NEW_TEAM + "?saved=1"));

        JsonPath body = new JsonPath(last("POST", "/recommender/api/teams").getString("body"));
        assertThat(body.getString("name")).isEqualTo("Data crew");
        assertThat(body.getString("key")).isEqualTo("hr-42");
        assertThat(body.getList("members.learnerId")).containsExactly("alice-id", "bob-id");
        assertThat(body.getList("members.name")).containsExactly("Alice Learner", null);
        assertThat(body.getList("managers")).containsExactly("maria-id");
    }

    @Test
    void aTeamFormWithFaultsIsRefusedAtItsFieldsWithoutAskingTheRecommender() {
        int before = requests().size();
        String page = given().auth().oauth2(grace)
                .formParams(Map.of("name", " ", "key", "has spaces", "members", "alice-id\nbob-id\nalice-id | Alice",
                        "managers", "m1\nm1"))
                .post("/manage/teams").then().statusCode(400).extract().asString();

        assertThat(page).contains("data-field=\"name\">Required.</p>")
                .contains("data-field=\"key\">Use at most 100 letters")
                .contains("data-field=\"members\">Line 3: this learner is named on an earlier line already.</p>")
                .contains("data-field=\"managers\">Line 2: this manager is named on an earlier line already.</p>")
                .contains(">alice-id\nbob-id\nalice-id | Alice</textarea>");
        assertThat(requests().subList(before, requests().size())).noneMatch(r -> "POST".equals(r.get("method")));
    }

    @Test
    void aTakenKeyAndAForeignMemberAreShownAtTheirFields() {
        String key = given().auth().oauth2(grace).formParams(Map.of("name", "Crew", "key", FakeServices.TAKEN_KEY,
                "members", "", "managers", "")).post("/manage/teams").then().statusCode(409).extract().asString();
        assertThat(key).contains("data-field=\"key\">Another team of your organization has this key");

        String member = given().auth().oauth2(grace).formParams(Map.of("name", "Crew", "key", "",
                "members", "alice-id\n" + FakeServices.FOREIGN_LEARNER, "managers", ""))
                .post("/manage/teams").then().statusCode(404).extract().asString();
        assertThat(member).contains("data-field=\"members\">No learner &#39;globex-learner&#39; in your organization.");
        assertThat(new JsonPath(last("POST", "/recommender/api/teams").getString("body")).getString("key")).isNull();
    }

    @Test
    void theEditFormCarriesTheVersionAndSavingSendsItAsIfMatch() {
        String form = given().auth().oauth2(grace).get("/manage/teams/" + FakeServices.TEAM + "/edit")
                .then().statusCode(200).extract().asString();
        assertThat(form).contains("action=\"/manage/teams/" + FakeServices.TEAM + "\"")
                .contains("<input type=\"hidden\" name=\"etag\" value=\"&quot;3&quot;\">")
                .contains(">alice-id | Alice Learner\nbob-id</textarea>")
                .contains("value=\"hr-42\"");

        given().auth().oauth2(grace).redirects().follow(false).formParams(teamForm())
                .post("/manage/teams/" + FakeServices.TEAM)
                .then().statusCode(303).header("Location", endsWith("/manage/teams/" + FakeServices.TEAM + "?saved=1"));
        assertThat(last("PUT", "/recommender/api/teams/" + FakeServices.TEAM).getString("headers.if-match"))
                .isEqualTo("\"3\"");
    }

    @Test
    void aStaleEditSaysSomeoneElseChangedTheTeamAndKeepsTheInput() {
        Map<String, String> stale = new java.util.HashMap<>(teamForm());
        stale.put("etag", FakeServices.STALE);
        stale.put("name", "Renamed crew");
        String page = given().auth().oauth2(grace).formParams(stale).post("/manage/teams/" + FakeServices.TEAM)
                .then().statusCode(412).extract().asString();

        assertThat(page).contains("Someone else changed this team since you opened it.")
                .contains("<a id=\"reload\" href=\"/manage/teams/" + FakeServices.TEAM + "/edit\">")
                .contains("value=\"Renamed crew\"");

        Map<String, String> noVersion = new java.util.HashMap<>(teamForm());
        noVersion.put("etag", "");
        given().auth().oauth2(grace).formParams(noVersion).post("/manage/teams/" + FakeServices.TEAM)
                .then().statusCode(428).body(containsString("This form did not say which version it edits."));
    }

    @Test
    void deletingATeamNeedsTheConfirmation() {
        String page = given().auth().oauth2(grace).get("/manage/teams/" + FakeServices.TEAM)
                .then().statusCode(200).extract().asString();
        assertThat(page).contains("<form id=\"delete-team\" method=\"post\" action=\"/manage/teams/"
                + FakeServices.TEAM + "/delete\">").contains("id=\"edit-team\"");

        given().auth().oauth2(grace).formParam("confirm", "no").post("/manage/teams/" + FakeServices.TEAM + "/delete")
                .then().statusCode(400).body(containsString("data-field=\"confirm\""));

        given().auth().oauth2(grace).redirects().follow(false).formParam("confirm", "yes")
                .post("/manage/teams/" + FakeServices.TEAM + "/delete")
                .then().statusCode(303).header("Location", endsWith("/manage/teams?deleted=1"));
        assertThat(org.learnpath.portal.FakeServicesClient.last().getString("method")).isEqualTo("DELETE");
        given().auth().oauth2(grace).get("/manage/teams?deleted=1").then().statusCode(200)
                .body(containsString("The team was deleted."));
    }

    @Test
    void aWriteFromAnotherSiteIsRefused() {
        given().auth().oauth2(maria).header("Origin", "https://evil.example")
                .formParams(Map.of("goal", "data-analyst")).post("/manage/teams/" + FakeServices.TEAM + "/assignments")
                .then().statusCode(403).body(containsString("id=\"forbidden\""));
        given().auth().oauth2(grace).header("Sec-Fetch-Site", "cross-site").formParams(teamForm())
                .post("/manage/teams").then().statusCode(403);
    }
}
