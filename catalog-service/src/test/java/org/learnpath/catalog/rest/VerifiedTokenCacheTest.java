package org.learnpath.catalog.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.learnpath.testinfra.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.learnpath.testinfra.LearnPathTestResources;
import org.learnpath.testinfra.Metrics;
import org.learnpath.testinfra.TestTokens;

/**
 * The verified-token cache (libs/rest, org.learnpath.rest.security) saves the signature check of a token seen
 * before, and nothing else: roles still apply, an expired token is refused even though it was cached, and a token
 * that differs from a cached one in its signature gets the full check.
 */
@QuarkusTest
@LearnPathTestResources
class VerifiedTokenCacheTest {

    @Test
    void aRepeatedTokenIsServedFromTheCacheUntilItExpires() throws InterruptedException {
        String token = TestTokens.user("cache-learner", "learner").lifetime(Duration.ofSeconds(4)).sign();
        long issued = System.currentTimeMillis();
        double hits = hits();

        as(token).get("/api/modules?size=1").then().statusCode(200);
        as(token).get("/api/modules?size=1").then().statusCode(200);
        // The cached identity keeps its roles: a learner may not write.
        as(token).body(Map.of("code", "x")).post("/api/skills").then().statusCode(403);
        assertThat(hits()).isGreaterThanOrEqualTo(hits + 2);

        // Another signature on the same claims is not the cached token.
        String[] parts = token.split("\\.");
        String other = TestTokens.user("cache-learner", "learner").signedByForeignKey().sign().split("\\.")[2];
        as(parts[0] + "." + parts[1] + "." + other).get("/api/modules?size=1").then().statusCode(401);

        // Expiry is the token's own, cached or not (exp has a one-second resolution).
        Thread.sleep(Math.max(0, issued + 5_100 - System.currentTimeMillis()));
        as(token).get("/api/modules?size=1").then().statusCode(401);
    }

    private static double hits() {
        return Metrics.value("learnpath_security_verified_tokens_total{result=\"hit\"}").orElse(0);
    }
}
