package org.learnpath.e2e.browser;

import java.util.List;
import org.openqa.selenium.support.ui.Select;

/** The author's forms in the portal, filled in as a person would (field names from the contract). */
final class AuthorPages {

    /** The skill every module the scenarios create teaches: it has published items, so a path through it works. */
    static final String SKILL = "python-essentials";

    private final Browser browser;
    private final String portal;

    AuthorPages(Browser browser, String portalBaseUrl) {
        this.browser = browser;
        this.portal = portalBaseUrl;
    }

    /** Fills /author/modules/new and saves; returns when the module's own page is shown. */
    void createModule(String slug, List<String> prerequisites) {
        browser.go(portal + "/author/modules/new");
        String form = "form#module-form";
        browser.waitForVisible(form);
        browser.axe();
        browser.type(form + " [name=slug]", slug);
        browser.type(form + " [name=title]", "Browser test module " + slug);
        browser.type(form + " [name=summary]", "A module the browser scenarios create through the portal's form.");
        new Select(browser.waitForVisible(form + " select[name=area]")).selectByValue("DATA_ANALYSIS");
        new Select(browser.waitForVisible(form + " select[name=level]")).selectByValue("BEGINNER");
        browser.type(form + " [name=estimatedMinutes]", "45");
        browser.type(form + " [name=outcomes]", "Explain what the module covers.\nApply it to a small example.");
        browser.type(form + " [name=resources]",
                "The Python Tutorial | https://docs.python.org/3/tutorial/ | DOCUMENTATION");
        browser.type(form + " [name=skills]", SKILL);
        browser.type(form + " [name=prerequisites]", String.join(", ", prerequisites));
        browser.submit(form + " button#save");
        awaitSaved("/author/modules/" + slug);
    }

    /** Opens a module's form, replaces its prerequisites and saves (the caller checks the outcome). */
    void submitPrerequisites(String slug, List<String> prerequisites) {
        browser.go(portal + "/author/modules/" + slug);
        browser.type("form#module-form [name=prerequisites]", String.join(", ", prerequisites));
        browser.submit("form#module-form button#save");
    }

    /** Fills /author/goals/new and saves. */
    void createGoal(String slug, String name, List<String> modules) {
        browser.go(portal + "/author/goals/new");
        String form = "form#goal-edit-form";
        browser.waitForVisible(form);
        browser.axe();
        browser.type(form + " [name=slug]", slug);
        browser.type(form + " [name=name]", name);
        browser.type(form + " [name=description]", "A goal the browser scenarios create through the portal's form.");
        browser.type(form + " [name=modules]", String.join("\n", modules));
        browser.submit(form + " button#save");
        awaitSaved("/author/goals/" + slug);
    }

    /** Opens a goal's form, replaces its modules and saves. */
    void setGoalModules(String slug, List<String> modules) {
        browser.go(portal + "/author/goals/" + slug);
        browser.waitForVisible("form#goal-edit-form");
        browser.axe();
        browser.type("form#goal-edit-form [name=modules]", String.join("\n", modules));
        browser.submit("form#goal-edit-form button#save");
        awaitSaved("/author/goals/" + slug);
    }

    /** After a save the portal redirects to the saved thing's page; a refusal stays on the form with errors. */
    private void awaitSaved(String path) {
        browser.await("the save to lead to " + path + " without field errors",
                () -> browser.url() + " " + errors(),
                seen -> browser.url().contains(path) && errors().isEmpty() && browser.present("#user-name"));
    }

    /** Every field error and form error shown, as text. */
    String errors() {
        return browser.all(".lp-field-error, #form-error").stream()
                .filter(e -> e.isDisplayed())
                .map(e -> e.getAttribute("data-field") + ": " + e.getText().trim())
                .collect(java.util.stream.Collectors.joining("; "));
    }
}
