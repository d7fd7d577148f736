package org.learnpath.e2e.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The browser set-up itself: Chromium opens the sign-in page of the suite's Keycloak (the page every portal
 * scenario passes through), axe-core runs on it and screenshots are written. Fails, not skips, without a browser.
 */
@Order(4)
class KeycloakLoginPageIT extends BrowserScenario {

    @Test
    void keycloakSignInPageOpensInChromium() {
        // The portal's client requires PKCE; nothing comes back to the redirect address, no sign-in happens.
        String redirect = URLEncoder.encode("http://localhost:1/", StandardCharsets.UTF_8);
        browser.go(e2e.keycloak().issuer() + "/protocol/openid-connect/auth?client_id=" + Portal.CLIENT_ID
                + "&response_type=code&scope=openid&redirect_uri=" + redirect
                + "&code_challenge_method=S256&code_challenge=" + "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
        browser.waitForVisible("#username");
        assertThat(browser.present("#password")).isTrue();
        assertThat(browser.present("#kc-login")).isTrue();
        browser.checkpoint("keycloak-sign-in");
    }

    /** The accessibility check can fail: an image without a text alternative is a critical violation. */
    @Test
    void axeFailsOnASeriousViolation() {
        browser.go("data:text/html,<!DOCTYPE html><html lang=en><title>Broken</title><main><h1>Broken</h1>"
                + "<img src='data:,'><button></button></main></html>");
        assertThatThrownBy(() -> browser.axe(List.of(), true)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("image-alt [critical]")
                .hasMessageContaining("button-name [critical]");
    }
}
