package org.learnpath.portal.model;

import java.util.List;
import java.util.Map;

/**
 * A service's answer as the same-origin proxy hands it back to the page's script: status, the headers the script may
 * see, and the body unchanged.
 */
public record BffResponse(int status, Map<String, List<String>> headers, byte[] body) {

    public BffResponse {
        headers = Map.copyOf(headers);
        body = body == null ? new byte[0] : body;
    }
}
