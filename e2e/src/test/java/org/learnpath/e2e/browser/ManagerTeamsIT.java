package org.learnpath.e2e.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.learnpath.e2e.Api;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Teams and assignments in the portal, each role in turn: grace (admin) forms a team through the form, with bob as
 * its member and maria as its manager; maria sees it among her teams, is told at the field why a due date in the past
 * is refused, assigns the team a goal, opens the assignment's page (the progress table with bob's status, the
 * skill-gap heatmap as an SVG with a count in every cell) and downloads both reports as CSV; bob finds the goal among
 * his assignments and opens its path; maria withdraws the assignment and grace deletes the team. The team has a name
 * of its own per run, and what the scenario made is removed again, also when it fails half way.
 */
@Order(4)
class ManagerTeamsIT extends BrowserScenario {

    private static final String GOAL = "data-analyst";
    private static final String UUID_PATH = "([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})";

    private String teamId;
    private String assignmentId;

    @Test
    void aTeamIsFormedAssignedAGoalFollowedAndItsLearnerSeesTheGoal() {
        String teamName = "E2E web team " + UUID.randomUUID().toString().substring(0, 8);
        String bob = e2e.keycloak().subject("bob");
        String maria = e2e.keycloak().subject("maria");

        // grace forms the team.
        signIn("grace");
        browser.click("#nav-teams");
        browser.waitForVisible("a#new-team");
        browser.checkpoint("teams-admin");
        browser.click("a#new-team");
        browser.waitForVisible("form#team-form");
        browser.checkpoint("new-team");
        browser.type("form#team-form #name", teamName);
        browser.type("form#team-form #members", bob + " | Bob Learner");
        browser.type("form#team-form #managers", maria);
        browser.submit("form#team-form button#save");
        teamId = idFrom("/manage/teams/", "the new team's page");
        assertThat(browser.waitForVisible(".lp-notice").getText()).isEqualTo("Saved.");
        assertThat(browser.waitFor("h1").getText()).isEqualTo("Team " + teamName);
        var team = Api.get(e2e.recommender("/api/teams/" + teamId), e2e.keycloak().token("grace")).expect(200).json();
        assertThat(team.path("members").get(0).path("learnerId").asText()).isEqualTo(bob);
        assertThat(team.path("members").get(0).path("name").asText()).isEqualTo("Bob Learner");
        assertThat(team.path("managers").get(0).asText()).isEqualTo(maria);
        browser.checkpoint("team-admin");

        // maria finds it among her teams and assigns it a goal.
        signIn("maria");
        assertThat(browser.present("#nav-author")).isFalse();
        browser.click("#nav-teams");
        browser.waitFor("table#teams");
        assertThat(browser.present("a#new-team")).isFalse();
        browser.checkpoint("teams-manager");
        browser.click("a.lp-team[data-team-id='" + teamId + "']");
        browser.waitForVisible("form#assign-form");
        assertThat(browser.present("tr.lp-member[data-learner-id='" + bob + "']")).isTrue();
        assertThat(browser.present("form#delete-team")).isFalse();
        browser.checkpoint("team-manager");

        new Select(browser.waitForVisible("form#assign-form select#goal")).selectByValue(GOAL);
        setDate("form#assign-form input#dueDate", LocalDate.now().minusDays(3));
        browser.submit("form#assign-form button#assign");
        String refusal = browser.waitForVisible(".lp-field-error[data-field=dueDate]").getText();
        assertThat(refusal).as("the past due date's refusal").containsIgnoringCase("past");
        assertThat(new Select(browser.waitFor("form#assign-form select#goal")).getFirstSelectedOption()
                .getAttribute("value")).isEqualTo(GOAL);
        browser.checkpoint("assign-refused");

        LocalDate due = LocalDate.now().plusMonths(2);
        setDate("form#assign-form input#dueDate", due);
        browser.submit("form#assign-form button#assign");
        assignmentId = idFrom("/manage/assignments/", "the new assignment's page");
        assertThat(browser.waitForVisible(".lp-notice").getText()).isEqualTo("The goal is assigned.");
        assertThat(browser.waitFor("#assignment-facts time").getAttribute("datetime")).isEqualTo(due.toString());

        // The progress report: bob's row, his status in words and colour.
        WebElement row = browser.waitFor("table#progress-table tr.lp-progress-row[data-learner-id='" + bob + "']");
        WebElement status = row.findElement(org.openqa.selenium.By.cssSelector(".lp-status"));
        assertThat(status.getText()).isNotBlank();
        assertThat(status.getAttribute("class")).matches(".*lp-progress-(DONE|ON_TRACK|AT_RISK|OVERDUE).*");
        assertThat(row.getText()).contains("Bob Learner");
        assertThat(browser.all("#progress-summary li")).hasSize(5);

        // The heatmap: one row per skill of the goal, a count in every cell, bob in exactly one band per skill.
        browser.waitFor("svg#heatmap[role=img]");
        List<WebElement> skills = browser.all("svg#heatmap g.lp-heat-row");
        assertThat(skills).isNotEmpty();
        for (WebElement skill : skills) {
            List<WebElement> cells = skill.findElements(org.openqa.selenium.By.cssSelector("g.lp-heat-cell text"));
            assertThat(cells).hasSize(4);
            int learners = cells.stream().mapToInt(c -> Integer.parseInt(c.getAttribute("textContent").trim())).sum();
            assertThat(learners).as("learners in the bands of %s", skill.getAttribute("data-skill")).isEqualTo(1);
        }
        assertThat(browser.all("table#skill-gaps-table tbody tr")).hasSameSizeAs(skills);
        browser.checkpoint("assignment");

        // Both reports download as CSV, from the links the page shows.
        Map<String, Object> progress = download("a#progress-csv");
        assertThat(progress.get("status")).isEqualTo(200L);
        assertThat((String) progress.get("type")).startsWith("text/csv");
        assertThat((String) progress.get("disposition")).contains("attachment").contains("assignment-progress.csv");
        assertThat(headerRow(progress)).startsWith("learnerid,name,status,");
        assertThat((String) progress.get("text")).contains(bob);
        Map<String, Object> gaps = download("a#skill-gaps-csv");
        assertThat(gaps.get("status")).isEqualTo(200L);
        assertThat((String) gaps.get("disposition")).contains("attachment").contains("skill-gaps.csv");
        assertThat(headerRow(gaps)).startsWith("skill,name,");

        browser.click("#nav-assignments");
        browser.waitFor("tr.lp-assignment-row[data-assignment-id='" + assignmentId + "']");
        browser.checkpoint("assignments");

        // bob sees the goal among his assignments and opens its path.
        signIn("bob");
        browser.click("#nav-my-assignments");
        String mine = "tr.lp-my-assignment[data-assignment-id='" + assignmentId + "']";
        assertThat(browser.waitFor(mine + " time").getAttribute("datetime")).isEqualTo(due.toString());
        browser.checkpoint("my-assignments");
        browser.click(mine + " a.lp-open-path");
        browser.await("the assigned goal's path", browser::url, url -> url.endsWith("/learn?goal=" + GOAL));
        new LearnPage(browser).awaitGraph();
        // The path is the assigned goal's: asked for by name, unless it is the goal bob chose himself anyway.
        String shown = browser.waitFor("learnpath-path-graph#path-graph").getAttribute("goal");
        String chosen = new Select(browser.waitFor("form#goal-form select#goal")).getFirstSelectedOption()
                .getAttribute("value");
        assertThat(shown == null ? chosen : shown).isEqualTo(GOAL);
        assertThat(browser.present("#viewing")).isEqualTo(shown != null);
        browser.checkpoint("assigned-path");

        // maria withdraws the assignment, after the confirmation page.
        signIn("maria");
        browser.go(portal("/manage/assignments/" + assignmentId));
        browser.click("a#withdraw");
        browser.waitForVisible("form#withdraw-form");
        browser.checkpoint("withdraw");
        browser.submit("form#withdraw-form button#confirm-withdraw");
        assertThat(browser.waitForVisible(".lp-notice").getText()).isEqualTo("The assignment was withdrawn.");
        assertThat(browser.present("tr.lp-assignment-row[data-assignment-id='" + assignmentId + "']")).isFalse();
        Api.get(e2e.recommender("/api/assignments/" + assignmentId), e2e.keycloak().token("maria")).expect(404);
        assignmentId = null;

        // grace deletes the team, once she has confirmed it.
        signIn("grace");
        browser.go(portal("/manage/teams/" + teamId));
        browser.check("form#delete-team input#confirm-delete");
        browser.submit("form#delete-team button#delete");
        assertThat(browser.waitForVisible(".lp-notice").getText()).isEqualTo("The team was deleted.");
        Api.get(e2e.recommender("/api/teams/" + teamId), e2e.keycloak().token("grace")).expect(404);
        teamId = null;
    }

    /** What a failed run left behind goes, so that no other scenario meets the team or its assignment. */
    @AfterAll
    void removeWhatWasMade() {
        if (e2e == null) {
            return;
        }
        String grace = e2e.keycloak().token("grace");
        if (assignmentId != null) {
            Api.delete(e2e.recommender("/api/assignments/" + assignmentId), grace);
        }
        if (teamId != null) {
            Api.delete(e2e.recommender("/api/teams/" + teamId), grace);
        }
    }

    /** The id in the address of the page the browser went to after a form, e.g. /manage/teams/{id}. */
    private String idFrom(String path, String what) {
        String id = browser.await(what, () -> {
            String url = browser.url();
            return url.matches(".*" + path + UUID_PATH + "([?#].*)?$")
                    ? url.replaceAll(".*" + path + UUID_PATH + ".*", "$1") : null;
        }, found -> found != null || browser.present(".lp-field-error") || browser.present("#form-error"));
        assertThat(id).as("%s; errors: %s", what, browser.all(".lp-field-error, #form-error").stream()
                .map(WebElement::getText).toList()).isNotNull();
        return id;
    }

    /** A date input's value, set as the browser's date picker would (typing depends on the browser's locale). */
    private void setDate(String css, LocalDate date) {
        browser.driver().executeScript("arguments[0].value = arguments[1];"
                + " arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", browser.waitForVisible(css),
                date.toString());
    }

    /** Fetches a download link of the page as the browser would follow it (same origin, the session's cookie). */
    @SuppressWarnings("unchecked")
    private Map<String, Object> download(String link) {
        return (Map<String, Object>) browser.driver().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(document.querySelector(arguments[0]).href, {credentials: 'same-origin'})
                  .then(async r => done({status: r.status, type: r.headers.get('content-type'),
                      disposition: r.headers.get('content-disposition'), text: await r.text()}))
                  .catch(e => done({status: 0, error: String(e)}));""", link);
    }

    /** The file's first line, as column names without case or underscores ("learner_id" and "learnerId" alike). */
    private static String headerRow(Map<String, Object> file) {
        String text = (String) file.get("text");
        assertThat(text).as("the downloaded file").isNotNull();
        return text.lines().findFirst().orElse("").replace("_", "").replace("\"", "").toLowerCase(Locale.ROOT);
    }
}
