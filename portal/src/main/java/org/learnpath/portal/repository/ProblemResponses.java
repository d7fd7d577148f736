package org.learnpath.portal.repository;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;
import org.learnpath.portal.model.ApiProblem;
import org.learnpath.portal.model.ItemWarning;

/**
 * Turns a service's error response into an {@link ApiProblem}: the problem document's title, detail, field errors
 * (the leading "body." or parameter path of a field is dropped), for a refused prerequisite the cycle, and for an
 * item the linter found broken its findings (the {@code lint} member).
 * Registered on every REST client of the portal.
 */
public class ProblemResponses implements ResponseExceptionMapper<ApiProblem> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public ApiProblem toThrowable(Response response) {
        return of(response.getStatus(), response.hasEntity() ? response.readEntity(String.class) : null);
    }

    @Override
    public boolean handles(int status, jakarta.ws.rs.core.MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }

    static ApiProblem of(int status, String body) {
        String title = Response.Status.fromStatusCode(status) == null ? "Error " + status
                : Response.Status.fromStatusCode(status).getReasonPhrase();
        String detail = null;
        Map<String, String> fields = new LinkedHashMap<>();
        List<String> cycle = new ArrayList<>();
        List<ItemWarning> lint = new ArrayList<>();
        try {
            JsonNode doc = body == null || body.isBlank() ? null : JSON.readTree(body);
            if (doc != null && doc.isObject()) {
                title = doc.path("title").asText(title);
                detail = doc.hasNonNull("detail") ? doc.get("detail").asText() : null;
                for (JsonNode error : doc.path("errors")) {
                    fields.merge(fieldName(error.path("field").asText("")), error.path("message").asText(""),
                            (a, b) -> a + "; " + b);
                }
                doc.path("cycle").forEach(slug -> cycle.add(slug.asText()));
                for (JsonNode finding : doc.path("lint")) {
                    lint.add(new ItemWarning(finding.path("rule").asText(""), finding.path("field").asText(""),
                            finding.path("message").asText(""), finding.path("severity").asText("ERROR")));
                }
            }
        } catch (Exception notJson) {
            // Not a problem document (a proxy's HTML page, say): the status and its reason phrase are all we show.
        }
        return new ApiProblem(status, title, detail, fields, cycle, lint);
    }

    static String fieldName(String path) {
        String name = "";
        for (String segment : path.split("\\.")) {
            if (!segment.isEmpty() && !segment.startsWith("<")) {
                name = segment;
            }
        }
        int bracket = name.indexOf('[');
        return bracket >= 0 ? name.substring(0, bracket) : name;
    }
}
