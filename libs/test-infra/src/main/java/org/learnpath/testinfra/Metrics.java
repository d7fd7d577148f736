package org.learnpath.testinfra;

import java.util.OptionalDouble;

/** Reads one series of the service's Prometheus endpoint, /q/metrics on its management interface. */
public final class Metrics {

    private Metrics() {
    }

    /** The value of a series written as Prometheus prints it, e.g. {@code name_total{tag="x"}}; empty if absent. */
    public static OptionalDouble value(String series) {
        return Management.given().get("/q/metrics").then().statusCode(200).extract().asString().lines()
                .filter(line -> line.startsWith(series + " "))
                .mapToDouble(line -> Double.parseDouble(line.substring(series.length() + 1).trim().split(" ")[0]))
                .findFirst();
    }
}
