package org.learnpath.recommender.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.learnpath.testinfra.LearnPathTestResources;
import org.learnpath.testinfra.Management;

/** Health and metrics answer on the management port only; the API port keeps the OpenAPI document. */
@QuarkusTest
@LearnPathTestResources
class ManagementInterfaceTest {

    @Test
    void healthAndMetricsAreServedOnTheManagementPortOnly() {
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                Management.given().get("/q/health/ready").then().statusCode(200)
                        .body("checks.name", hasItem("answer-consumer")));
        Management.given().get("/q/health/live").then().statusCode(200);
        Management.given().get("/q/metrics").then().statusCode(200).body(containsString("learnpath_outbox_backlog"));

        for (String path : List.of("/q/health", "/q/health/ready", "/q/health/live", "/q/metrics")) {
            given().get(path).then().statusCode(404);
        }
        given().get("/q/openapi?format=json").then().statusCode(200);
    }
}
