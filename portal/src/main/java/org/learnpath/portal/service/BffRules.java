package org.learnpath.portal.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the same-origin proxy lets through, as pure functions: which services and paths it reaches, which request
 * headers go to the service and which response headers come back. Everything not named here stays behind, in
 * particular the portal's session cookies (they carry the user's tokens) and any header a page could use to pose as
 * someone else.
 */
public final class BffRules {

    /** The header the portal's own scripts send; a form or link on another site cannot add it. */
    public static final String SCRIPT_HEADER = "X-LearnPath-Request";

    public static final Set<String> SERVICES = Set.of("catalog", "assessment", "recommender");

    static final List<String> REQUEST_HEADERS = List.of("Accept", "Content-Type", "If-Match", "Idempotency-Key");
    /** Location is left out: it names the service's internal address, which the browser must not see or follow. */
    static final List<String> RESPONSE_HEADERS = List.of("Content-Type", "ETag");

    public static final String PROBLEM_JSON = "application/problem+json";

    private static final int MAX_PATH = 2048;
    /** The characters of an RFC 3986 path (percent escapes included); anything else is refused, not repaired. */
    private static final Pattern RAW_PATH = Pattern.compile("api/[A-Za-z0-9._~!$&'()*+,;=:@%/-]*");
    private static final ObjectMapper JSON = new ObjectMapper();

    private BffRules() {
    }

    /** Whether the request comes from one of the portal's own scripts (see {@link #SCRIPT_HEADER}). */
    public static boolean fromScript(String headerValue) {
        return "1".equals(headerValue);
    }

    /**
     * The path to call on the service, or empty when the proxy must not forward it: an unknown service, a path
     * outside the service's API ({@code api/...}), or a path that would leave it once decoded ({@code ..}, {@code .},
     * empty segments, backslashes, control characters, or an escape that decodes to another escape).
     *
     * @param rawPath the request path after {@code /bff/{service}/}, still percent-encoded
     */
    public static Optional<String> target(String service, String rawPath) {
        if (service == null || !SERVICES.contains(service) || rawPath == null || rawPath.length() > MAX_PATH
                || !RAW_PATH.matcher(rawPath).matches()) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new URI("/" + rawPath).getPath();
        } catch (URISyntaxException malformedEscape) {
            return Optional.empty();
        }
        if (decoded == null || !decoded.startsWith("/api/") || decoded.contains("..") || decoded.contains("\\")
                || decoded.contains("%") || decoded.contains("//")) {
            return Optional.empty();
        }
        for (String segment : decoded.substring(1).split("/", -1)) {
            if (segment.equals(".")) {
                return Optional.empty();
            }
        }
        for (int i = 0; i < decoded.length(); i++) {
            char c = decoded.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                return Optional.empty();
            }
        }
        return Optional.of(rawPath);
    }

    /** The request headers forwarded to the service (by their canonical names); never cookies or Authorization. */
    public static Map<String, List<String>> requestHeaders(Map<String, List<String>> incoming) {
        return pick(incoming, REQUEST_HEADERS);
    }

    /** The service's response headers the script gets back. */
    public static Map<String, List<String>> responseHeaders(Map<String, List<String>> fromService) {
        return pick(fromService, RESPONSE_HEADERS);
    }

    /** An RFC 9457 problem document, shaped as the services write theirs. */
    public static byte[] problem(int status, String type, String title, String detail) {
        ObjectNode doc = JSON.createObjectNode();
        doc.put("type", "urn:learnpath:problem:" + type);
        doc.put("title", title);
        doc.put("status", status);
        doc.put("detail", detail);
        try {
            return JSON.writeValueAsBytes(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, List<String>> pick(Map<String, List<String>> headers, List<String> allowed) {
        Map<String, List<String>> picked = new LinkedHashMap<>();
        if (headers == null) {
            return picked;
        }
        for (String name : allowed) {
            String key = name.toLowerCase(Locale.ROOT);
            headers.forEach((header, values) -> {
                if (header != null && header.toLowerCase(Locale.ROOT).equals(key) && values != null
                        && !values.isEmpty()) {
                    picked.computeIfAbsent(name, n -> new ArrayList<>()).addAll(values);
                }
            });
        }
        return picked;
    }
}
