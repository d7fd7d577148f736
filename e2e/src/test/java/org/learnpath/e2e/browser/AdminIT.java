package org.learnpath.e2e.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.learnpath.e2e.Api;

/**
 * An administrator in the portal: grace creates a module through the form (so that nothing depends on it),
 * deletes it (after the confirmation the form asks for), and refits the learner model on /admin.
 */
@Order(4)
class AdminIT extends BrowserScenario {

    @Test
    void adminDeletesAModuleAndRefitsTheModel() {
        String doomed = "e2e-web-" + UUID.randomUUID().toString().substring(0, 8) + "-doomed";
        AuthorPages author = new AuthorPages(browser, Portal.baseUrl(e2e));

        signIn("grace");
        assertThat(browser.present("#nav-admin")).isTrue();
        assertThat(browser.present("#nav-author")).isTrue();
        author.createModule(doomed, List.of());
        browser.waitForVisible("form#delete-module");

        // Without the confirmation nothing is deleted: the browser holds the form back (required checkbox), or the
        // portal answers with the field's error.
        browser.click("form#delete-module button#delete");
        browser.await("the deletion to be held back until it is confirmed", () -> browser.present(
                ".lp-field-error[data-field=confirm]") || Boolean.TRUE.equals(browser.driver().executeScript(
                "const c = document.querySelector('form#delete-module input#confirm-delete');"
                        + " return !!c && c.validity.valueMissing && location.pathname.endsWith(arguments[0]);",
                "/author/modules/" + doomed)), held -> held);
        Api.get(e2e.catalog("/api/modules/" + doomed), e2e.keycloak().token("grace")).expect(200);
        browser.checkpoint("delete-unconfirmed");

        browser.check("form#delete-module input#confirm-delete");
        browser.submit("form#delete-module button#delete");
        browser.await("the module list saying " + doomed + " was deleted", browser::describePage,
                page -> browser.url().matches(".*/author/modules(\\?.*)?$") && browser.present(".lp-notice")
                        && browser.first(".lp-notice").getText().contains(doomed));
        assertThat(browser.all("a.lp-module[data-slug='" + doomed + "']")).isEmpty();
        Api.get(e2e.catalog("/api/modules/" + doomed), e2e.keycloak().token("grace")).expect(404);
        browser.checkpoint("module-deleted");

        browser.click("#nav-admin");
        browser.waitFor("table#skill-parameters");
        browser.checkpoint("admin");
        browser.submit("button#refit");
        String result = browser.waitForVisible("#refit-result").getText();
        assertThat(browser.first("#refit-result").getAttribute("class")).as("refit result: %s", result)
                .doesNotContain("lp-error");
        assertThat(browser.all("table#skill-parameters tbody tr")).isNotEmpty();
        browser.checkpoint("refit");
    }
}
