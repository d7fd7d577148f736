package org.learnpath.portal;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;

/** What {@link FakeServices} received, read from inside a test. */
public final class FakeServicesClient {

    private FakeServicesClient() {
    }

    /** Every request the fakes received, oldest first. */
    public static List<Map<String, Object>> requests() {
        String catalog = ConfigProvider.getConfig().getValue("quarkus.rest-client.catalog.url", String.class);
        String base = catalog.substring(0, catalog.length() - "/catalog".length());
        return given().get(base + "/requests").then().statusCode(200).extract().jsonPath().getList("$");
    }

    /** The last request the fakes received. */
    public static JsonPath last() {
        List<Map<String, Object>> all = requests();
        if (all.isEmpty()) {
            throw new AssertionError("the fakes received no request");
        }
        return asJson(all.get(all.size() - 1));
    }

    public static String lastPath() {
        return last().getString("path");
    }

    /** The last request the fakes received with this method and path; fails if there was none. */
    public static JsonPath last(String method, String path) {
        List<Map<String, Object>> all = requests();
        for (int i = all.size() - 1; i >= 0; i--) {
            if (method.equals(all.get(i).get("method")) && path.equals(all.get(i).get("path"))) {
                return asJson(all.get(i));
            }
        }
        throw new AssertionError("no " + method + " " + path + " among " + all);
    }

    /** A request's header by lowercase name, or null. */
    public static Object header(Map<String, Object> request, String name) {
        return request.get("headers") instanceof Map<?, ?> headers ? headers.get(name) : null;
    }

    private static JsonPath asJson(Map<String, Object> request) {
        return new JsonPath(new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(request).toString());
    }
}
