package org.learnpath.e2e.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.learnpath.e2e.Api;
import org.openqa.selenium.support.ui.Select;

/**
 * An author's item flow in the portal: ada writes an item of each type through the item form, previews it, publishes
 * and retires it, and sees its statistics. The items test a skill no other scenario practises (q-learning) and end
 * retired, so no learner of another scenario is asked them.
 */
@Order(4)
class AuthorItemsIT extends BrowserScenario {

    private static final String SKILL = "q-learning";

    /** One item as the form takes it: the answer field by name. */
    private record Draft(String type, String choices, Map<String, String> answer) {
    }

    @Test
    void authorWritesPreviewsPublishesAndRetiresItemsOfEveryType() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        List<Draft> drafts = List.of(
                new Draft("SINGLE_CHOICE", "a | A fixed learning rate\nb | The discount factor\nc | The replay buffer",
                        Map.of("correctChoice", "b")),
                new Draft("MULTIPLE_CHOICE", "a | Epsilon-greedy\nb | Softmax (Boltzmann) exploration\nc | Gradient clipping",
                        Map.of("correctChoices", "a, b")),
                new Draft("NUMERIC", "", Map.of("value", "0.9", "tolerance", "0.01")),
                new Draft("SHORT_TEXT", "", Map.of("accepted", "bellman equation\nbellman")));

        signIn("ada");
        browser.click("#nav-items");
        browser.waitFor("a#new-item");
        browser.checkpoint("items");

        List<String> created = new ArrayList<>();
        for (Draft draft : drafts) {
            String stem = "Browser test " + tag + " (" + draft.type() + "): in Q-learning, which term weighs future"
                    + " rewards against immediate ones?";
            browser.click("a#new-item");
            String form = "form#item-form";
            new Select(browser.waitForVisible(form + " select#type")).selectByValue(draft.type());
            if (created.isEmpty()) {
                browser.checkpoint("new-item-form");
            }
            browser.type(form + " [name=stem]", stem);
            if (!draft.choices().isEmpty()) {
                browser.type(form + " [name=choices]", draft.choices());
            }
            draft.answer().forEach((field, value) -> browser.type(form + " [name=" + field + "]", value));
            browser.type(form + " [name=explanation]", "The discount factor gamma multiplies the value of the next state"
                    + " in the Bellman update, so it sets how much future rewards count.");
            browser.type(form + " [name=difficulty]", "0.5");
            browser.type(form + " [name=skills]", SKILL);
            browser.submit(form + " button#save");

            String id = browser.await("the new " + draft.type() + " item's page", () -> {
                String url = browser.url();
                return url.matches(".*/author/items/[0-9a-f-]{36}.*") ? url.replaceAll(".*/author/items/([0-9a-f-]{36}).*", "$1") : null;
            }, found -> found != null || !browser.all(".lp-field-error").isEmpty());
            assertThat(id).as("created; form errors: %s", errors()).isNotNull();
            created.add(id);
            assertThat(browser.waitFor("#item-status").getText()).isEqualTo("DRAFT");
            assertThat(browser.waitFor(".lp-preview").getText()).contains("Browser test " + tag);
            if (!draft.choices().isEmpty()) {
                assertThat(browser.all(".lp-preview .lp-preview-choices li")).hasSize(3);
            }
            browser.waitFor("#item-stats");

            browser.submit("button#publish");
            browser.await("the item to be published", () -> browser.waitFor("#item-status").getText(),
                    "PUBLISHED"::equals);
            assertThat(Api.get(e2e.assessment("/api/items/" + id), e2e.keycloak().token("ada")).expect(200).json()
                    .path("status").asText()).isEqualTo("PUBLISHED");
            browser.checkpoint("published-" + draft.type().toLowerCase(java.util.Locale.ROOT));

            browser.submit("button#retire");
            browser.await("the item to be retired", () -> browser.waitFor("#item-status").getText(),
                    "RETIRED"::equals);
            assertThat(browser.present("button#publish")).isFalse();
            assertThat(browser.waitForVisible("#item-stats").getText()).contains("Answers");
            browser.click("a[href='/author/items']");
        }

        browser.type("form#item-search input#skill", SKILL);
        new Select(browser.waitForVisible("form#item-search select#status")).selectByValue("RETIRED");
        browser.submit("form#item-search button#filter");
        List<String> listed = browser.all("table#items tr.lp-item[data-item-id]").stream()
                .map(row -> row.getAttribute("data-item-id")).toList();
        assertThat(listed).containsAll(created);
        browser.checkpoint("retired-items");
    }

    @Test
    void anItemWhoseKeyIsByFarTheLongestIsSavedWithTheLintersWarningAtItsChoices() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        signIn("ada");
        browser.go(portal("/author/items/new"));
        String form = "form#item-form";
        new Select(browser.waitForVisible(form + " select#type")).selectByValue("SINGLE_CHOICE");
        browser.type(form + " [name=stem]", "Browser test " + tag + " (lint): in Q-learning, what does gamma set?");
        browser.type(form + " [name=choices]", "a | Alpha\nb | The discount factor, which weighs future rewards"
                + " against immediate ones\nc | Epsilon");
        browser.type(form + " [name=correctChoice]", "b");
        browser.type(form + " [name=explanation]", "Gamma multiplies the value of the next state in the Bellman update,"
                + " so it sets how much future rewards count.");
        browser.type(form + " [name=difficulty]", "0");
        browser.type(form + " [name=skills]", SKILL);
        browser.submit(form + " button#save");

        // Not blocking: the item is saved, and its page says what the linter found, at the choices.
        String warning = browser.await("the saved item's warnings", () -> browser.present("#item-warnings")
                ? browser.waitFor("#item-warnings li[data-rule='longest-key']").getText() : null,
                found -> found != null || !browser.all(".lp-field-error").isEmpty());
        assertThat(warning).as("form errors: %s", errors()).isNotNull().contains("Choice b").contains("longest");
        assertThat(browser.waitFor("#item-status").getText()).isEqualTo("DRAFT");
        assertThat(browser.waitFor(".lp-notice").getText()).contains("Saved, with").contains("warning");
        assertThat(browser.waitFor("#choices-warning").getText()).startsWith("Warning:").contains("Choice b");
        assertThat(browser.waitFor("textarea#choices").getAttribute("aria-describedby")).contains("choices-warning");
        browser.checkpoint("item-with-warning");

        // The skill's page counts it among the items with warnings, and links to it.
        String id = browser.url().replaceAll(".*/author/items/([0-9a-f-]{36}).*", "$1");
        browser.go(portal("/author/skills/" + SKILL));
        assertThat(browser.waitFor("#skill-checks-heading").getText()).isEqualTo("Item checks");
        assertThat(browser.all("#flagged-items li.lp-flagged-item[data-item-id='" + id + "']")).hasSize(1);
        assertThat(browser.all("#bank-checks li")).isNotEmpty();
        browser.checkpoint("skill-checks");

        // Retired like the other items of this scenario, so that no learner is asked it.
        browser.go(portal("/author/items/" + id));
        browser.submit("button#retire");
        browser.await("the item to be retired", () -> browser.waitFor("#item-status").getText(), "RETIRED"::equals);
    }

    private String errors() {
        return browser.all(".lp-field-error, #form-error").stream()
                .map(e -> e.getAttribute("data-field") + ": " + e.getText()).toList().toString();
    }
}
