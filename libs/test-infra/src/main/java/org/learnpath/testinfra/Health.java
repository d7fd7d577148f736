package org.learnpath.testinfra;

/** Reads the service's health checks, on its management interface. */
public final class Health {

    private Health() {
    }

    /** The status (UP or DOWN) of one readiness check, by name; null if the service has no such check. */
    public static String readiness(String check) {
        return Management.given().get("/q/health/ready").then().extract().jsonPath()
                .getString("checks.find { it.name == '" + check + "' }.status");
    }
}
