package org.learnpath.rest;

import java.util.List;
import java.util.Map;

/**
 * Optimistic concurrency over HTTP: an entity's version is its strong ETag, and a write must name the
 * version it was based on in If-Match. Writes without it are refused (428) rather than silently
 * overwriting a concurrent change.
 */
public final class IfMatch {

    private IfMatch() {
    }

    public static String etagOf(long version) {
        return "\"" + version + "\"";
    }

    /** Throws 428 when the header is absent, 412 when no listed tag is the current version. */
    public static void require(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED, 428,
                    "Send If-Match with the ETag of the version you edited (current: " + etagOf(currentVersion) + ")");
        }
        String current = etagOf(currentVersion);
        for (String tag : ifMatch.split(",")) {
            String candidate = tag.trim();
            // A weak tag (W/"3") never matches under the strong comparison RFC 9110 requires for If-Match.
            if (candidate.equals("*") || candidate.equals(current)) {
                return;
            }
        }
        throw new ProblemException(ProblemType.PRECONDITION_FAILED, 412,
                "The resource was changed by someone else: it is now at version " + current + ", you sent " + ifMatch,
                List.of(), Map.of("currentEtag", current));
    }
}
