package org.learnpath.testinfra;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Requests to the management interface of the service under test (/q/health, /q/metrics), which listens on a port
 * of its own: RestAssured's default port is the API's.
 */
public final class Management {

    private Management() {
    }

    /** A request whose paths are relative to the management interface, e.g. {@code given().get("/q/metrics")}. */
    public static RequestSpecification given() {
        return RestAssured.given().baseUri("http://localhost").port(port());
    }

    /**
     * The port the management interface listens on. Tests ask for a random one (quarkus.management.test-port=0), so
     * that several test JVMs can run at once; Quarkus publishes the port it got under the same name once started.
     */
    public static int port() {
        int port = ConfigProvider.getConfig().getValue("quarkus.management.test-port", Integer.class);
        if (port <= 0) {
            throw new IllegalStateException("the management interface has not started (quarkus.management.test-port="
                    + port + "); is quarkus.management.enabled=true?");
        }
        return port;
    }
}
